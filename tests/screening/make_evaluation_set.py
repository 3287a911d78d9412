#!/usr/bin/env python3
"""Writes the screening evaluation set (tests/data/screening/) from the real UN list.

designated-queries.csv: for every DPRK designation (individuals and entities), queries made from its
names the way analysts meet them — another romanisation, a dropped or reordered word, hyphenation
changed, a one-letter typo, the name in Hangul — each with the reference number it must find.
non-designated.csv: invented, plausible Korean, Russian, Arabic and English names and companies;
any whose words equal those of a listed name (in any order) are left out, since they would be hits.

Deterministic (fixed seed): run it again and the files come out the same.
    python3 tests/screening/make_evaluation_set.py
"""
import csv
import os
import random
import re
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LIST = os.path.join(ROOT, "tests/data/designations/un-consolidated-list-2024-09-26.xml")
OUT = os.path.join(ROOT, "tests/data/screening")

rng = random.Random(20241004)

# How other sources write the syllables of DPRK names (South Korean habits, Revised Romanisation).
VARIANTS = {
    "ri": ["Lee", "Yi", "Rhee", "Li"], "pak": ["Park", "Bak"], "kim": ["Gim"], "jong": ["Jung", "Chong", "Jeong"],
    "chong": ["Jong", "Jeong"], "choe": ["Choi", "Chwe"], "chol": ["Cheol", "Chul"], "sok": ["Seok", "Suk"],
    "sik": ["Shik"], "hyon": ["Hyun", "Hyeon"], "hyok": ["Hyuk", "Hyeok"], "myong": ["Myeong", "Myung"],
    "kwang": ["Gwang"], "kang": ["Gang"], "jang": ["Chang"], "chang": ["Jang"], "jo": ["Cho"], "cho": ["Jo"],
    "yun": ["Yoon"], "song": ["Seong", "Sung"], "yong": ["Young", "Ryong"], "ryong": ["Yong"],
    "kyong": ["Kyung", "Gyeong"], "kil": ["Gil"], "ko": ["Go", "Koh"], "mun": ["Moon"], "son": ["Sun", "Seon"],
    "jon": ["Jeon", "Chon"], "ryu": ["Yu", "Yoo"], "yu": ["Yoo"], "tong": ["Dong"], "to": ["Do"], "chun": ["Choon", "Cheun"],
    "paek": ["Baek", "Paik"], "pae": ["Bae"], "pyong": ["Byeong", "Byung"], "byong": ["Pyong"], "bong": ["Pong"],
    "su": ["Soo"], "u": ["Woo"], "ku": ["Gu", "Koo"], "kyu": ["Gyu"], "il": ["Il"], "tae": ["Dae"], "hun": ["Heun"],
    "ryonbong": ["Ryeonbong"], "kwangson": ["Gwangson"], "daesong": ["Taesong"], "taesong": ["Daesong"],
    "tanchon": ["Danchon"], "hyoksin": ["Hyeoksin"], "kumsan": ["Geumsan"], "kumryong": ["Geumryong"],
    "myongdok": ["Myeongdok"], "samjong": ["Samjeong"], "chongchongang": ["Cheongcheongang"],
    "namchongang": ["Namcheongang"], "koryo": ["Goryeo"], "amroggang": ["Amnokgang"], "sinyong": ["Shinyong"],
    "changgwang": ["Jangkwang"], "mansudae": ["Mansudai"], "paekma": ["Baekma"], "kangbong": ["Gangbong"],
}

# Hangul for the syllables of the DPRK individuals' names (the common reading where several exist).
HANGUL = dict(zip(
    "bom bong byong chae chang chin cho choe chol chong chu chul chun gon guk ha han ho hong hun hwa hwan hwang "
    "hwi hyok hyon hyong il ja jae jang je jin jo jon jong jung kang kil kim ko ku kwang kyong kyu man min mu mun "
    "myong nam ok pae paek pak pyong ra ri ro ryong ryu sam san se sik sok son song sop su sung tae to tong u uk "
    "un ung won yon yong yu yun".split(),
    "범 봉 병 채 장 진 조 최 철 정 주 철 춘 곤 국 하 한 호 홍 훈 화 환 황 휘 혁 현 형 일 자 재 장 제 진 조 전 정 중 강 길 김 고 구 광 경 "
    "규 만 민 무 문 명 남 옥 배 백 박 병 라 리 로 룡 류 삼 산 세 식 석 선 성 섭 수 승 태 도 동 우 욱 은 웅 원 연 용 유 윤".split()))

# Words of entity names that reports often leave out or write differently.
GENERIC = ["korea", "korean", "general", "trading", "corporation", "company", "co", "ltd", "limited", "corp"]
SUFFIXES = ["Co., Ltd.", "Company", "Corp.", "Corporation", "Trading Company"]


def text(el, tag):
    found = el.find(tag)
    return (found.text or "").strip() if found is not None and found.text else ""


def records():
    root = ET.parse(LIST).getroot()
    for el in list(root.iter("INDIVIDUAL")) + list(root.iter("ENTITY")):
        name = " ".join(" ".join(text(el, t).split()) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME") if text(el, t))
        aliases = [" ".join((a.text or "").split()) for a in el.iter("ALIAS_NAME") if a.text and a.text.strip()]
        yield {"ref": text(el, "REFERENCE_NUMBER"), "list": text(el, "UN_LIST_TYPE"), "kind": el.tag,
               "name": name, "aliases": aliases, "script": text(el, "NAME_ORIGINAL_SCRIPT")}


def words(name):
    return [w for w in re.split(r"[\s\-]+", re.sub(r"[’'`.,()\"]", "", name)) if w]


def title(w):
    return w[:1].upper() + w[1:].lower()


def variant(name):
    out, changed = [], False
    for w in words(name):
        options = VARIANTS.get(w.lower())
        if options:
            out.append(rng.choice(options))
            changed = True
        else:
            out.append(title(w))
    return " ".join(out) if changed else None


def typo(name):
    ws = words(name)
    candidates = [i for i, w in enumerate(ws) if len(w) >= 4] or [i for i, w in enumerate(ws) if len(w) >= 3]
    if not candidates:
        return None
    i = rng.choice(candidates)
    w = list(ws[i].lower())
    pos = rng.randrange(1, len(w))  # the first letter is rarely the one mistyped
    kind = rng.choice(["substitute", "delete", "swap", "double"])
    if kind == "substitute":
        w[pos] = rng.choice([c for c in "aeioukgnrstmh" if c != w[pos]])
    elif kind == "delete":
        del w[pos]
    elif kind == "swap" and pos + 1 < len(w):
        w[pos], w[pos + 1] = w[pos + 1], w[pos]
    else:
        w.insert(pos, w[pos])
    ws[i] = "".join(w)
    return " ".join(title(x) for x in ws)


def individual_queries(r):
    parts = r["name"].split(" ", 1)
    surname, given = (parts[0], parts[1]) if len(parts) == 2 else (parts[0], "")
    given_syllables = words(given)
    out = [("as listed", r["name"])]
    v = variant(r["name"])
    if v:
        out.append(("transliteration variant", v))
    if given_syllables:
        out.append(("reordered", " ".join(title(s) for s in given_syllables) + " " + title(surname)))
        out.append(("reordered", surname.upper() + ", " + " ".join(title(s) for s in given_syllables)))
    if len(given_syllables) >= 2:
        g = [s.lower() for s in given_syllables]
        out.append(("hyphenation", title(surname) + " " + title(g[0]) + "-" + g[1] + "".join(" " + x for x in g[2:])))
        out.append(("hyphenation", title(surname) + " " + title("".join(g))))
        out.append(("dropped token", " ".join(title(s) for s in given_syllables) + " " + ""))
    t = typo(r["name"])
    if t:
        out.append(("typo", t))
    syllables = [s.lower() for s in words(r["name"])]
    if all(s in HANGUL for s in syllables):
        out.append(("original script", "".join(HANGUL[s] for s in syllables)))
    if r["aliases"]:
        alias = rng.choice(r["aliases"])
        out.append(("alias", alias))
        t = typo(alias)
        if t:
            out.append(("alias typo", t))
    return out


def entity_queries(r):
    name = re.sub(r"\s*\([^)]*\)\s*$", "", r["name"])  # "(OMM)" and the like
    out = [("as listed", r["name"])]
    v = variant(name)
    if v:
        out.append(("transliteration variant", v))
    ws = words(name)
    generic = [i for i, w in enumerate(ws) if w.lower() in GENERIC]
    if generic and len(ws) - 1 >= 2:
        i = rng.choice(generic)
        out.append(("dropped token", " ".join(title(w) for j, w in enumerate(ws) if j != i)))
    core = [w for w in ws if w.lower() not in GENERIC]
    if core and len(core) < len(ws):
        out.append(("company suffix changed", " ".join(title(w) for w in core) + " " + rng.choice(SUFFIXES)))
    t = typo(name)
    if t:
        out.append(("typo", t))
    joined = [w for w in ws if len(w) >= 7 and w.lower() not in GENERIC]
    if r["aliases"]:
        alias = rng.choice(r["aliases"])
        out.append(("alias", alias))
    if r["script"] or any(ord(c) > 0x3000 for a in r["aliases"] for c in a):
        script = r["script"] or next(a for a in r["aliases"] if any(ord(c) > 0x3000 for c in a))
        out.append(("original script", script))
    return out


KOREAN_SURNAMES = "Kim Ri Pak Choe Jong Kang Cho Yun Jang Han O Sin So Kwon Hwang An Song Hong Jon Ko Mun Son Yang Pae Paek Ho Nam Sim Ro Ha Kwak Song Cha Ju U Ku Min Ryu Na Jin Ji Om Chae Won Chon Pang Kong Hyon Ham Pyon Yom Yo Chu".split()
KOREAN_SYLLABLES = "min jun seo yeon ji ho hyun woo jae sung eun young hye jin soo kyung dong hoon tae joon na ra bo ram ha neul da hee sol bin chan mi ae byul gyu ri sang hun in ah un gil yeong rim ok bok nam hwa sun ja chol hyok nam il kwang myong song su".split()
RUSSIAN_FIRST = "Aleksandr Dmitry Sergei Andrei Alexei Mikhail Ivan Nikolai Vladimir Pavel Yuri Oleg Viktor Igor Konstantin Roman Anatoly Boris Gennady Leonid Natalya Olga Tatyana Irina Svetlana Elena Marina Yekaterina Anna Lyudmila".split()
RUSSIAN_LAST = "Ivanov Smirnov Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Zaitsev Soloviev Borisov Yakovlev Grigoriev Romanov Vorobiev Sergeev Kuzmin Frolov".split()
ARABIC_FIRST = "Omar Khalid Youssef Tariq Faisal Hamza Bilal Karim Samir Nabil Walid Rami Ziad Adel Hisham Majid Fadi Bassam Nizar Jamal Hassan Layla Fatima Amina Mariam Noura Huda Rania Salma Dina".split()
ARABIC_LAST = "Haddad Khoury Nasser Saleh Mansour Bakr Darwish Khalil Hamdan Jaber Qasim Sabbagh Shami Tamimi Zayed Barakat Habib Rahman Aziz Farouk Hakim Nouri Sharif Suleiman Yassin Ghanem Awad Odeh Mustafa Hijazi".split()
ENGLISH_FIRST = "James Oliver Harry Jack George Thomas William Charles Henry Edward Emily Sophie Charlotte Grace Lucy Hannah Emma Olivia Amelia Jessica Michael David Robert Daniel Matthew Andrew Peter Sarah Rachel Laura".split()
ENGLISH_LAST = "Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts Walker Wright Robinson Thompson White Hughes Edwards Green Hall Wood Harris Lewis Martin Jackson Clarke Clark Turner Hill Scott Cooper Morris".split()
COMPANY_WORDS = "Northern Blue Harbour Pacific Golden Silver Eastern Western Global United Royal Summit Evergreen Horizon Pioneer Crescent Falcon Lotus Orient Meridian Atlas Baltic Caspian Amber Coral Delta Sterling Phoenix Granite Maple".split()
COMPANY_TRADES = "Logistics Shipping Trading Textiles Foods Electronics Minerals Pharmaceuticals Machinery Fisheries Timber Energy Consulting Holdings Marine Steel Chemicals Insurance Finance Construction".split()
COMPANY_SUFFIX = ["Ltd", "Co., Ltd.", "LLC", "GmbH", "Inc.", "Corporation", "Company", "OOO", "JSC", "Trading Co."]
KOREAN_PLACES = "Sonbong Haeju Kaesong Wonsan Hamhung Sinuiju Chongjin Nampo Kimchaek Anju Tokchon Sariwon Kanggye Hyesan Rason".split()


def name_key(name):
    return tuple(sorted(w.lower() for w in words(name)))


def non_designated(listed_keys):
    out, seen = [], set()

    def add(kind, name):
        key = name_key(name)
        if key in seen or key in listed_keys:
            return
        seen.add(key)
        out.append((kind, name))

    while sum(1 for k, _ in out if k == "korean") < 200:
        given = rng.sample(KOREAN_SYLLABLES, 2)
        style = rng.random()
        sur = rng.choice(KOREAN_SURNAMES)
        if style < 0.4:
            add("korean", f"{sur} {title(given[0])} {title(given[1])}")
        elif style < 0.8:
            add("korean", f"{sur} {title(given[0])}-{given[1]}")
        else:
            add("korean", f"{sur.upper()} {title(given[0] + given[1])}")
    while sum(1 for k, _ in out if k == "russian") < 100:
        add("russian", f"{rng.choice(RUSSIAN_FIRST)} {rng.choice(RUSSIAN_LAST)}")
    while sum(1 for k, _ in out if k == "arabic") < 100:
        add("arabic", f"{rng.choice(ARABIC_FIRST)} {rng.choice(ARABIC_LAST)}")
    while sum(1 for k, _ in out if k == "english") < 100:
        add("english", f"{rng.choice(ENGLISH_FIRST)} {rng.choice(ENGLISH_LAST)}")
    while sum(1 for k, _ in out if k == "company") < 100:
        if rng.random() < 0.3:
            add("company", f"Korea {rng.choice(KOREAN_PLACES)} {rng.choice(COMPANY_TRADES)} {rng.choice(COMPANY_SUFFIX)}")
        else:
            add("company", f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_TRADES)} {rng.choice(COMPANY_SUFFIX)}")
    return out


def main():
    all_records = list(records())
    listed_keys = set()
    for r in all_records:
        for n in [r["name"]] + r["aliases"]:
            listed_keys.add(name_key(n))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "designated-queries.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["name", "perturbation", "expected_reference", "listed_name"])
        for r in all_records:
            if r["list"] != "DPRK":
                continue
            queries = individual_queries(r) if r["kind"] == "INDIVIDUAL" else entity_queries(r)
            for kind, q in queries:
                q = " ".join(q.split())
                if q:
                    w.writerow([q, kind, r["ref"].strip(), r["name"]])
    with open(os.path.join(OUT, "non-designated.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(["name", "kind"])
        for kind, name in non_designated(listed_keys):
            w.writerow([name, kind])


if __name__ == "__main__":
    main()
