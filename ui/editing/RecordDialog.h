#pragma once

#include "editing/RecordChange.h"
#include "validation/Validation.h"

#include <QDialog>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace st {

class Database;
class ErrorBanner;
class FieldForm;
class RecordEdits;
struct EditConflict;

// What every record form shares: fields checked by core's rules as the user types, errors beside the
// fields, Save disabled while anything is wrong, and a save that either writes the whole record (one
// savepoint) or leaves the form open with the input and a banner saying why.
class RecordDialog : public QDialog {
    Q_OBJECT
public:
    [[nodiscard]] QPushButton *saveButton() const { return m_save; }
    [[nodiscard]] ErrorBanner *banner() const { return m_banner; }
    // The error line shown beside the field that `key` belongs to ("symbol", "votes.for"); empty when
    // none is shown.
    [[nodiscard]] QString errorText(const QString &key) const;
    // The line under the forms: which untouched fields still need input, and errors no field claims.
    [[nodiscard]] QString hintText() const;
    // After a save: what was written, for the undo stack.
    [[nodiscard]] const RecordChange &change() const { return m_change; }
    // Whether the user changed a field since the form opened.
    [[nodiscard]] bool hasChanges() const { return m_edited; }

    // Escape, Cancel and the window's close button: with changes, asks before discarding them.
    void reject() override;

    // The version of the record the fields were filled from (storage/RowVersion.h): Save writes only
    // over that version, and asks (ConflictDialog) when someone else has saved the record since.
    void setLoadedVersion(qint64 version) { m_loadedVersion = version; }
    [[nodiscard]] qint64 loadedVersion() const { return m_loadedVersion; }

signals:
    // Emitted once the record is stored; `description` names the step ("Add resolution S/RES/…").
    void saved(const QString &description, const st::RecordChange &change);
    // The user chose to take the stored record (someone else's save) into the form: whoever opened
    // the form opens it again on the stored record, in its place; this one then closes.
    void reloadRequested();

protected:
    RecordDialog(const Database &db, const QString &title, QWidget *parent);

    // Forms sit side by side in the body, left to right; the default width leaves room for the
    // banner's sentence without a tall, narrow box.
    FieldForm *addForm(int minimumWidth = 420);
    // Call at the end of the subclass's constructor, after the fields hold their values: an edit
    // shows every error at once, a new record waits until the user touches each field.
    void finishSetup(bool editing);
    void revalidate();

    // The record as the fields describe it, checked against the rules (core/editing/FormChecks).
    virtual Result<FieldErrors> check() const = 0;
    virtual Result<RecordChange> save(const RecordEdits &edits) const = 0;
    virtual QString describeChange() const = 0;

    // Dates typed as text: a non-date replaces whatever the record's rules said about that field.
    static FieldErrors withDateTexts(FieldErrors errors, const QList<QPair<QString, QString>> &keyAndText);

    const Database &m_db;

private:
    void trySave();
    void askAboutConflict(const EditConflict &conflict);
    [[nodiscard]] bool confirmDiscard();

    ErrorBanner *m_banner;
    QBoxLayout *m_body;
    QLabel *m_hint;
    QPushButton *m_save;
    QList<FieldForm *> m_forms;
    RecordChange m_change;
    bool m_edited = false;
    bool m_setUp = false;
    qint64 m_loadedVersion = 0;
    QString m_overwriting; // whose change Overwrite was chosen over, for the undo step's name
};

} // namespace st
