#include "common/EditorsOnly.h"

#include "common/Log.h"

#include <QAction>

namespace st {

DatabaseAccess accessFor(const Database &db)
{
    auto access = accessOf(db);
    if (!access) {
        qCWarning(lcStorage) << "cannot read the account's rights:" << access.error().fullText();
        return {};
    }
    return access.value();
}

void keepForEditors(QAction *action, const DatabaseAccess &access)
{
    if (access.mayChange)
        return;
    const QString why = readOnlyAccountMessage(access.account);
    action->setEnabled(false);
    action->setToolTip(why);
    action->setStatusTip(why);
}

} // namespace st
