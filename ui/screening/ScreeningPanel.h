#pragma once

#include "screening/ScreeningIndex.h"
#include "screening/ScreeningIndexBuilder.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTableView;

namespace st {

class Database;
class ScreeningResultModel;

// The Screening panel: names typed or pasted (one per line, "name; birth year; country"), or imported
// from a CSV file, screened against the designations of the imported UN list; candidates ranked with
// their score and why, filtered by a threshold slider; results exported as CSV.
class ScreeningPanel : public QWidget {
    Q_OBJECT
public:
    explicit ScreeningPanel(const Database &db, QWidget *parent = nullptr);
    ~ScreeningPanel() override;

    // The designations changed (an import): the index is built again, at once if the panel is shown.
    void invalidate();
    [[nodiscard]] ScreeningIndexBuilder &indexBuilder() const { return *m_builder; }
    // Screens the names in the text box; false (and a message in the panel) when they are wrong.
    bool screen();
    bool importNames(const QString &path);
    bool exportResults(const QString &path);

    [[nodiscard]] QPlainTextEdit *namesEdit() const { return m_names; }
    [[nodiscard]] QSlider *thresholdSlider() const { return m_threshold; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] ScreeningResultModel &model() const { return *m_model; }
    [[nodiscard]] QString problemText() const;
    [[nodiscard]] QString summaryText() const;

signals:
    // The analyst asked to see a candidate in the Designations view.
    void designationRequested(const QString &referenceNumber, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void chooseNamesFile();
    void chooseResultsFile();
    void openCurrent();
    void showProblem(const QString &text);
    void updateSummary();
    const ScreeningIndex *index();

    ScreeningIndexBuilder *m_builder;
    ScreeningResultModel *m_model;
    QPlainTextEdit *m_names = nullptr;
    QSlider *m_threshold = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_export = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace st
