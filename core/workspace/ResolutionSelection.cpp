#include "workspace/ResolutionSelection.h"

namespace st {

void ResolutionSelection::setCurrent(qint64 id)
{
    if (id == m_current)
        return;
    m_current = id;
    emit currentChanged(id);
}

} // namespace st
