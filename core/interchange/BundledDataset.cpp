#include "interchange/BundledDataset.h"

#include <QFile>

namespace st {

QByteArray bundledDatasetJson()
{
    QFile file(QStringLiteral(":/data/dprk.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ImportSummary> loadBundledDataset(const Database &db)
{
    const QByteArray json = bundledDatasetJson();
    if (json.isEmpty())
        return Error{Error::Code::NotFound, QStringLiteral("The bundled dataset is missing from this build.")};
    return importDatasetJson(db, json);
}

} // namespace st
