#include "common/Sha256.h"

#include <cstring>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <cpuid.h>
#include <immintrin.h>
#define ST_SHA_NI 1
#endif

namespace st {

namespace {

constexpr std::array<std::uint32_t, 64> kRound{
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

constexpr std::array<std::uint32_t, 8> kInitial{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

#ifdef ST_SHA_NI
// The 64 rounds on each 64-byte block, four at a time with the SHA extensions. The state is kept as
// the instructions want it, (A, B, E, F) and (C, D, G, H).
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaNi(std::uint32_t *state, const unsigned char *data,
                                                                     qsizetype blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));      // A B C D
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)); // E F G H
    tmp = _mm_shuffle_epi32(tmp, 0xB1);
    state1 = _mm_shuffle_epi32(state1, 0x1B);
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // A B E F
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);      // C D G H

    for (qsizetype b = 0; b < blocks; ++b, data += 64) {
        const __m128i savedAbef = state0;
        const __m128i savedCdgh = state1;
        __m128i w[4];
        for (int i = 0; i < 4; ++i)
            w[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), byteSwap);
        for (int group = 0; group < 16; ++group) {
            __m128i words = w[group % 4];
            if (group >= 4) {
                // W[t..t+3] from W[t-16..t-1]: w[] holds the last sixteen, oldest at group % 4.
                const __m128i oldest = w[group % 4], older = w[(group + 1) % 4], newer = w[(group + 2) % 4],
                              newest = w[(group + 3) % 4];
                __m128i t = _mm_sha256msg1_epu32(oldest, older);
                t = _mm_add_epi32(t, _mm_alignr_epi8(newest, newer, 4));
                words = _mm_sha256msg2_epu32(t, newest);
                w[group % 4] = words;
            }
            __m128i message =
                _mm_add_epi32(words, _mm_loadu_si128(reinterpret_cast<const __m128i *>(kRound.data() + 4 * group)));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
        }
        state0 = _mm_add_epi32(state0, savedAbef);
        state1 = _mm_add_epi32(state1, savedCdgh);
    }

    tmp = _mm_shuffle_epi32(state0, 0x1B);    // F E B A
    state1 = _mm_shuffle_epi32(state1, 0xB1); // D C H G
    state0 = _mm_blend_epi16(tmp, state1, 0xF0); // D C B A
    state1 = _mm_alignr_epi8(state1, tmp, 8);    // H G F E
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), state1);
}

// CPUID asked directly: clang's __builtin_cpu_supports() does not know "sha".
bool processorHasShaNi()
{
    static const bool has = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d))
            return false;
        const bool ssse3 = c & (1u << 9), sse41 = c & (1u << 19);
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        const bool sha = b & (1u << 29);
        return sha && sse41 && ssse3;
    }();
    return has;
}
#endif

} // namespace

bool Sha256::usesProcessorInstructions()
{
#ifdef ST_SHA_NI
    return processorHasShaNi();
#else
    return false;
#endif
}

Sha256::Sha256()
{
    if (!usesProcessorInstructions())
        m_fallback.emplace(QCryptographicHash::Sha256);
    m_state = kInitial;
}

void Sha256::compress([[maybe_unused]] const unsigned char *blocks, [[maybe_unused]] qsizetype count)
{
#ifdef ST_SHA_NI
    compressWithShaNi(m_state.data(), blocks, count);
#endif
}

void Sha256::addData(QByteArrayView bytes)
{
    // An empty view may have no data pointer at all (an empty field of the report's stamp), and memcpy
    // from null is undefined even for no bytes.
    if (bytes.isEmpty())
        return;
    if (m_fallback) {
        m_fallback->addData(bytes);
        return;
    }
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype size = bytes.size();
    m_length += std::uint64_t(size);
    if (m_buffered > 0) {
        const qsizetype take = std::min<qsizetype>(64 - m_buffered, size);
        std::memcpy(m_buffer.data() + m_buffered, data, std::size_t(take));
        m_buffered += take;
        data += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compress(m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compress(data, size / 64);
        data += size / 64 * 64;
        size %= 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer.data(), data, std::size_t(size));
        m_buffered = size;
    }
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    // Padding: a 1 bit, zeros, then the length in bits, big-endian, to a whole number of blocks.
    const std::uint64_t bits = m_length * 8;
    std::array<unsigned char, 128> tail{};
    std::memcpy(tail.data(), m_buffer.data(), std::size_t(m_buffered));
    tail[std::size_t(m_buffered)] = 0x80;
    const qsizetype blocks = m_buffered + 1 + 8 <= 64 ? 1 : 2;
    for (int i = 0; i < 8; ++i)
        tail[std::size_t(blocks * 64 - 1 - i)] = static_cast<unsigned char>(bits >> (8 * i));
    compress(tail.data(), blocks);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[i * 4 + j] = char(static_cast<unsigned char>(m_state[std::size_t(i)] >> (24 - 8 * j)));
    }
    return digest;
}

} // namespace st
