# Precompiled Qt headers: CI builds the whole tree twice on 2 cores, and most of each file's compile
# time is spent parsing the same Qt headers again (-ftime-report on a test file: parsing 59 %). Each
# header below is parsed once per build instead of once per file: a core file compiles in 1.25 s
# instead of 2.24 s, a workspace page in 5.0 s instead of 7.5 s (GCC 12, -O2 -g1).
#
# Two shared sets, each precompiled once by a donor target that compiles nothing else, and reused by
# every target of the same kind (REUSE_FROM): QtCore for the core library's users, QtCore and
# QtWidgets for the widgets'. Deliberately left out:
# - QtSql: only core/storage may use it (tests/architecture); a precompiled QtSql would let any file
#   compile without naming the header it needs.
# - QtTest: its macros read QT_TESTCASE_BUILDDIR, which differs per test folder, and a precompiled
#   header must be built with the macros it reads exactly as its users define them.
# The core library precompiles the core set itself: in the asan configuration it carries libFuzzer's
# coverage hooks (st_fuzz_hooks), which clang will not mix with a header precompiled without them.
# ST_PRECOMPILED_HEADERS=OFF compiles every file on its own (what proves each names its includes).
option(ST_PRECOMPILED_HEADERS "Parse the common Qt headers once per build (cmake/Precompiled.cmake)" ON)

set(ST_PRECOMPILED_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QCoreApplication> <QDate> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QList>
    <QLocale> <QObject> <QRegularExpression> <QSet> <QString> <QStringList> <QTimer> <QVariant>)
set(ST_PRECOMPILED_UI ${ST_PRECOMPILED_CORE}
    <QAction> <QApplication> <QComboBox> <QDialog> <QHBoxLayout> <QLabel> <QLineEdit> <QMenu>
    <QMessageBox> <QPainter> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)

if(ST_PRECOMPILED_HEADERS)
    # The donors: an empty file each, linked like the targets that reuse them, so their compile flags
    # (Qt's module definitions among them) are the ones the users compile with.
    file(WRITE ${CMAKE_BINARY_DIR}/precompiled_donor.cpp "// compiles the precompiled headers only\n")
    add_library(st_precompiled_core OBJECT ${CMAKE_BINARY_DIR}/precompiled_donor.cpp)
    target_link_libraries(st_precompiled_core PRIVATE Qt6::Core Qt6::Sql st_warnings)
    target_precompile_headers(st_precompiled_core PRIVATE ${ST_PRECOMPILED_CORE})
    add_library(st_precompiled_ui OBJECT ${CMAKE_BINARY_DIR}/precompiled_donor.cpp)
    target_link_libraries(st_precompiled_ui PRIVATE Qt6::Core Qt6::Sql Qt6::Widgets Qt6::Charts Qt6::PrintSupport
                                                    Qt6::Svg st_warnings)
    target_precompile_headers(st_precompiled_ui PRIVATE ${ST_PRECOMPILED_UI})
endif()

# `target` compiles with the precompiled headers of its kind: `ui` when it uses the widgets, else `core`.
function(st_use_precompiled target kind)
    if(ST_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} REUSE_FROM st_precompiled_${kind})
    endif()
endfunction()

# The core library's own copy of the core set (see above).
function(st_precompile_core target)
    if(ST_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${ST_PRECOMPILED_CORE})
    endif()
endfunction()
