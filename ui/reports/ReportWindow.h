#pragma once

#include "common/Result.h"
#include "reports/ReportContent.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QTimer;

namespace st {

class Database;

// The Report window: options on the left (state, date range, sections, paper), the pages as they
// will print on the right, and Print…, Export PDF… and Export HTML…. The printer it is given holds
// the settings for the whole session (see installReports()).
class ReportWindow : public QMainWindow {
    Q_OBJECT
public:
    ReportWindow(Database &db, QPrinter &printer, QWidget *parent = nullptr);
    ~ReportWindow() override;

    // The content the preview shows; absent while the options are invalid.
    [[nodiscard]] const std::optional<ReportContent> &content() const { return m_content; }
    [[nodiscard]] ReportOptions options() const;
    void setOptions(const ReportOptions &options);
    [[nodiscard]] QPrintPreviewWidget *preview() const { return m_preview; }
    [[nodiscard]] QString bannerText() const;
    [[nodiscard]] QAction *printAction() const { return m_print; }
    [[nodiscard]] QAction *exportPdfAction() const { return m_exportPdf; }
    [[nodiscard]] QAction *exportHtmlAction() const { return m_exportHtml; }

    // What the export actions do once a file is chosen.
    Result<int> exportPdf(const QString &path);
    Status exportHtml(const QString &path);

public slots:
    // Recomputes the report from the database (after an edit or import) and repaints the preview.
    void refresh();
    void print();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildOptionsPanel();
    void createActions();
    void loadStates();
    void scheduleRefresh();
    void paint(QPrinter *printer);
    void choosePaper();
    void syncPaperFromPrinter();
    void showBanner(const QString &text);
    void exportPdfInteractively();
    void exportHtmlInteractively();
    QString suggestedFileName(const QString &suffix) const;

    Database &m_db;
    QPrinter &m_printer;
    std::optional<ReportContent> m_content;
    QPrintPreviewWidget *m_preview = nullptr;
    QLabel *m_banner = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_fromSet = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toSet = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_paper = nullptr;
    QList<std::pair<ReportSection, QCheckBox *>> m_sections;
    QTimer *m_refreshTimer = nullptr;
    QAction *m_print = nullptr;
    QAction *m_exportPdf = nullptr;
    QAction *m_exportHtml = nullptr;
    QString m_lastDirectory;
};

} // namespace st
