#include "storage/MeasureFactRepository.h"

#include "storage/MeasureRepository.h"
#include "storage/Sql.h"

namespace st {

Result<QList<MeasureFact>> MeasureFactRepository::forState(const QString &stateCode) const
{
    return MeasureRepository(m_db).facts(QStringLiteral("WHERE (? IS NULL OR s.code = ?) "
                                                        "ORDER BY coalesce(m.effective_from, r.adopted_on), m.id"),
                                         {sql::orNull(stateCode), sql::orNull(stateCode)});
}

} // namespace st
