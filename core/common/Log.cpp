#include "common/Log.h"

Q_LOGGING_CATEGORY(lcStorage, "st.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "st.import", QtWarningMsg)
