#include "interchange/BundledDataset.h"

#include "storage/Database.h"

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

Status fillNewDatabase(const Database &db, bool empty)
{
    if (!db.isNew() || empty)
        return {};
    if (auto loaded = loadBundledDataset(db); !loaded) {
        Error e = loaded.error();
        e.message = QCoreApplication::translate("st::BundledDataset", "The bundled dataset could not be loaded: %1").arg(e.message);
        return e;
    }
    return {};
}

} // namespace st
