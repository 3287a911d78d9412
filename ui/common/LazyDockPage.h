#pragma once

#include <QObject>

#include <functional>

class QDockWidget;
class QWidget;

namespace st {

// The page of a dock, built the first time the dock is shown or a feature asks for it. Docks that
// start hidden (Designations before a UN list import, History, Screening) then cost nothing at start:
// the window's first paint pays only for what it shows.
class LazyDockPage : public QObject {
    Q_OBJECT
public:
    using Factory = std::function<QWidget *()>;

    // Owned by `dock`. `make` returns a page without a parent; the dock takes it.
    static LazyDockPage *attach(QDockWidget *dock, Factory make);
    // The lazy page of `dock`, nullptr if it has none.
    static LazyDockPage *of(const QDockWidget *dock);

    // The page, built now if it was not yet.
    QWidget *page();
    // The page if it has been built, else nullptr: for work that only matters to a page in use.
    [[nodiscard]] QWidget *builtPage() const { return m_page; }

signals:
    // Once, when the page has been built and put in the dock: wire it to the rest of the window here.
    void built(QWidget *page);

private:
    LazyDockPage(QDockWidget *dock, Factory make);

    QDockWidget *m_dock;
    Factory m_make;
    QWidget *m_page = nullptr;
};

// The page of `dock` as a `Page`, built if need be; nullptr if the dock has no lazy page of that kind.
template <class Page> Page *dockPage(const QDockWidget *dock)
{
    LazyDockPage *lazy = dock ? LazyDockPage::of(dock) : nullptr;
    return lazy ? qobject_cast<Page *>(lazy->page()) : nullptr;
}

// The page of `dock` as a `Page` if it has been built, else nullptr.
template <class Page> Page *builtDockPage(const QDockWidget *dock)
{
    LazyDockPage *lazy = dock ? LazyDockPage::of(dock) : nullptr;
    return lazy ? qobject_cast<Page *>(lazy->builtPage()) : nullptr;
}

} // namespace st
