#pragma once

#include <QLoggingCategory>

// Technical detail (SQL text, driver errors) goes to these categories; users read Error::message.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
