#include "editing/RecordDialog.h"

#include "editing/ConflictDialog.h"
#include "editing/ErrorBanner.h"
#include "editing/FieldForm.h"
#include "editing/RecordEdits.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace st {

RecordDialog::RecordDialog(const Database &db, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_banner(new ErrorBanner(this))
    , m_body(new QHBoxLayout)
    , m_hint(new QLabel(this))
{
    setWindowTitle(title);
    m_body->setSpacing(24);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the palette's quiet text colour: a hint, not an error

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordDialog::trySave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    // The dialog never gets smaller than its fields need (squeezed fields hide what was typed).
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(m_banner);
    layout->addLayout(m_body, 1);
    layout->addSpacing(4);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hint, 1);
    bottom->addWidget(buttons, 0, Qt::AlignBottom);
    layout->addLayout(bottom);
}

FieldForm *RecordDialog::addForm(int minimumWidth)
{
    auto *form = new FieldForm(this);
    form->reserveWidth(minimumWidth);
    m_body->addWidget(form, 1, Qt::AlignTop);
    m_forms.append(form);
    connect(form, &FieldForm::edited, this, [this] {
        m_edited = m_edited || m_setUp;
        revalidate();
    });
    return form;
}

void RecordDialog::finishSetup(bool editing)
{
    for (FieldForm *form : std::as_const(m_forms))
        form->setAllTouched(editing);
    // A long stored title or address shows its beginning, not its end.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setCursorPosition(0);
    revalidate();
    m_setUp = true; // from here on an edit is the user's
}

void RecordDialog::reject()
{
    if (m_edited && result() != QDialog::Accepted && !confirmDiscard())
        return;
    QDialog::reject();
}

bool RecordDialog::confirmDiscard()
{
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Discard the changes you made in this form?"),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("discardChanges"));
    box.setInformativeText(tr("What you typed is not saved."));
    box.button(QMessageBox::Cancel)->setText(tr("Keep Editing"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Discard;
}

void RecordDialog::revalidate()
{
    auto errors = check();
    if (!errors) {
        // The rules could not even be checked (the database cannot be read): say so, allow no save.
        m_banner->showError(errors.error());
        // A team database's lost connection is no reason to keep the form from Save: Save reconnects
        // and checks the rules again before it writes.
        m_save->setEnabled(errors.error().code == Error::Code::ConnectionLost);
        return;
    }
    QStringList waiting;
    FieldErrors unclaimed = errors.value();
    for (FieldForm *form : std::as_const(m_forms))
        unclaimed = form->showErrors(unclaimed, &waiting);

    QStringList hint;
    if (!waiting.isEmpty())
        hint << tr("Still needed: %1.").arg(waiting.join(QStringLiteral(", ")));
    if (!unclaimed.isEmpty())
        hint << describe(unclaimed);
    m_hint->setText(hint.join(QLatin1Char(' ')));
    m_hint->setEnabled(unclaimed.isEmpty());
    m_save->setEnabled(errors.value().isEmpty());
}

QString RecordDialog::errorText(const QString &key) const
{
    for (const FieldForm *form : m_forms) {
        const QString text = form->errorText(key);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QString RecordDialog::hintText() const { return m_hint->text(); }

FieldErrors RecordDialog::withDateTexts(FieldErrors errors, const QList<QPair<QString, QString>> &keyAndText)
{
    for (const auto &[key, text] : keyAndText) {
        const FieldErrors bad = validateDateText(key, text);
        if (bad.isEmpty())
            continue;
        // A named copy: clang 14 cannot capture a structured binding in a lambda (C++20 allows it).
        const QString &field = key;
        errors.removeIf([&](const FieldError &e) { return e.field == field; });
        errors += bad;
    }
    return errors;
}

void RecordDialog::trySave()
{
    if (!m_save->isEnabled())
        return; // Enter in a field while the form is invalid
    RecordEdits edits(m_db);
    edits.expectVersion(m_loadedVersion);
    auto change = save(edits);
    if (!change) {
        m_banner->showError(change.error());
        if (edits.conflict())
            return askAboutConflict(*edits.conflict());
        if (change.error().code != Error::Code::ConnectionLost) // no rule can be read then: keep what it said
            revalidate(); // a rule may have turned false meanwhile (another program took the symbol)
        return;
    }
    m_banner->clear();
    m_change = change.value();
    const QString step = m_overwriting.isEmpty() ? describeChange()
                                                 : tr("%1, over %2’s change").arg(describeChange(), m_overwriting);
    emit saved(step, m_change);
    accept();
}

void RecordDialog::askAboutConflict(const EditConflict &conflict)
{
    auto *box = new ConflictDialog(conflict, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 theirVersion = conflict.stored.version;
    const QString theirs = conflict.stored.changedBy.isEmpty() ? tr("someone else") : conflict.stored.changedBy;
    connect(box, &QDialog::finished, this, [this, theirVersion, theirs](int choice) {
        if (choice == ConflictDialog::Overwrite) {
            // Deliberately over the version just shown: a save made after it is caught again.
            m_loadedVersion = theirVersion;
            m_overwriting = theirs;
            trySave();
        } else if (choice == ConflictDialog::Reload) {
            emit reloadRequested();
            QDialog::done(QDialog::Rejected); // what was typed gives way to theirs, as chosen: no question
        }
        // Cancel: back to the form, the banner still saying what happened.
    });
    box->open();
}

} // namespace st
