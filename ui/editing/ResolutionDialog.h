#pragma once

#include "domain/Entities.h"
#include "editing/FormData.h"
#include "editing/RecordDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace st {

class DateField;

// Adds or edits a resolution or a vetoed draft: identity and vote on the left, text, sources and the
// trigger events that led to it on the right. For an adopted resolution the symbol follows the number
// and year as they are typed, until the user types a symbol of their own.
class ResolutionDialog : public RecordDialog {
    Q_OBJECT
public:
    // `resolution.id` 0: a new one. `triggerIds`: the events already linked to it, in link order.
    ResolutionDialog(const Database &db, FormCatalog catalog, const Resolution &resolution,
                     const QList<qint64> &triggerIds, QWidget *parent = nullptr);

    [[nodiscard]] Resolution resolution() const;
    [[nodiscard]] QList<qint64> triggerIds() const;

    [[nodiscard]] QComboBox *statusBox() const { return m_status; }
    [[nodiscard]] QLineEdit *numberEdit() const { return m_number; }
    [[nodiscard]] DateField *dateField() const { return m_date; }
    [[nodiscard]] QLineEdit *symbolEdit() const { return m_symbol; }
    [[nodiscard]] QListWidget *statesList() const { return m_states; }
    [[nodiscard]] QSpinBox *votesFor() const { return m_for; }
    [[nodiscard]] QSpinBox *votesAgainst() const { return m_against; }
    [[nodiscard]] QSpinBox *votesAbstaining() const { return m_abstain; }
    [[nodiscard]] QCheckBox *vetoBox(const QString &member) const;
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *sourcesEdit() const { return m_sources; }
    [[nodiscard]] QListWidget *triggersList() const { return m_triggers; }

protected:
    Result<FieldErrors> check() const override;
    Result<RecordChange> save(const RecordEdits &edits) const override;
    QString describeChange() const override;

private:
    QWidget *voteRow();
    QWidget *vetoRow();
    void fillStates(const QStringList &checked);
    void fillTriggers(const QList<qint64> &checked);
    void statusChosen();
    void followSymbol();
    void showTriggersOfStates();
    [[nodiscard]] bool adopted() const;

    FormCatalog m_catalog;
    qint64 m_id;
    QList<qint64> m_storedTriggers;
    bool m_symbolFollows;
    QComboBox *m_status;
    QLineEdit *m_number;
    DateField *m_date;
    QLineEdit *m_symbol;
    QComboBox *m_kind;
    QComboBox *m_regime;
    QListWidget *m_states;
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_abstain;
    QList<QCheckBox *> m_vetoes;
    QComboBox *m_chapterVii;
    QLineEdit *m_title;
    QPlainTextEdit *m_summary;
    QPlainTextEdit *m_sources;
    QListWidget *m_triggers;
    QLineEdit *m_note;
};

} // namespace st
