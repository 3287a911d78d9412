#include "common/LazyDockPage.h"

#include <QDockWidget>

namespace st {

LazyDockPage::LazyDockPage(QDockWidget *dock, Factory make)
    : QObject(dock)
    , m_dock(dock)
    , m_make(std::move(make))
{
    setObjectName(QStringLiteral("lazyDockPage"));
    // visibilityChanged also comes when the dock's tab is brought to the front among tabified docks,
    // and when a restored layout shows it with the window.
    connect(dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            page();
    });
}

LazyDockPage *LazyDockPage::attach(QDockWidget *dock, Factory make) { return new LazyDockPage(dock, std::move(make)); }

LazyDockPage *LazyDockPage::of(const QDockWidget *dock)
{
    return dock->findChild<LazyDockPage *>(QStringLiteral("lazyDockPage"), Qt::FindDirectChildrenOnly);
}

QWidget *LazyDockPage::page()
{
    if (!m_page) {
        m_page = m_make();
        m_make = nullptr; // what it captured is no longer needed
        m_dock->setWidget(m_page);
        emit built(m_page);
    }
    return m_page;
}

} // namespace st
