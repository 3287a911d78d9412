#include "editing/ErrorBanner.h"

#include "common/Log.h"
#include "common/Result.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace st {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("errorBanner"));
    // A fixed warm red reads as "this went wrong" on light and dark palettes alike.
    setStyleSheet(QStringLiteral("#errorBanner { background: #fdecea; border: 1px solid #e0a5a0; border-radius: 4px; }"
                                 "#errorBanner QLabel { color: #5f1410; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void ErrorBanner::showError(const Error &error)
{
    qCWarning(lcStorage) << "save failed:" << error.fullText();
    m_text->setText(error.message + QLatin1Char(' ') + tr("Nothing was saved; your input is still here."));
    setToolTip(error.detail);
    show();
}

void ErrorBanner::clear()
{
    m_text->clear();
    setToolTip({});
    hide();
}

QString ErrorBanner::text() const { return m_text->text(); }

} // namespace st
