#include "interchange/BundledDataset.h"

#include <QCoreApplication>
#include <QFile>

namespace st {

QByteArray bundledDatasetJson()
{
    QFile file(QStringLiteral(":/data/un-sanctions.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<ImportSummary> loadBundledDataset(const Database &db)
{
    const QByteArray json = bundledDatasetJson();
    if (json.isEmpty())
        return Error{Error::Code::NotFound, QCoreApplication::translate("st::BundledDataset", "The bundled dataset is missing from this build.")};
    return importDatasetJson(db, json);
}

} // namespace st
