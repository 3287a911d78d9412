# Dependencies point one way: app -> ui -> core, and all SQL lives in core/storage.
# See docs/architecture.md ("Layers" and "The storage interface").
# Run as: cmake -DSOURCE_DIR=<repo> -P check_layering.cmake   (SOURCE_DIR may point at a fixture tree)
# Each violation is reported as "[rule] what: file", so a fixture test can check that its rule fired.
set(violations "")

file(GLOB_RECURSE core_files "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/CMakeLists.txt")
foreach(f IN LISTS core_files)
    file(READ "${f}" text)
    if(text MATCHES "#include[ \t]*[<\"](QtWidgets|QtCharts|QtPrintSupport|QWidget|QMainWindow|QDialog|QApplication|QChart[A-Za-z]*|QPrinter|QPrintDialog|QPrintPreviewDialog|QAbstractButton|QLabel|QTableView)[>/\"]")
        list(APPEND violations "[gui-in-core] core includes a widget, chart or printing header: ${f} (${CMAKE_MATCH_1})")
    endif()
    if(text MATCHES "Qt6?::(Widgets|Charts|PrintSupport)")
        list(APPEND violations "[gui-in-core] core links widgets, charts or printing: ${f}")
    endif()
endforeach()

# Outside core/storage no file may name a Qt SQL type (QSqlDatabase, QSqlQuery, ... or include their
# headers), run a statement through st::sql, or take the raw connection from a Database: the last one
# is how SQL would leak through `auto` without naming a type.
file(GLOB_RECURSE checked "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp"
                          "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp"
                          "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
foreach(f IN LISTS checked)
    if(f MATCHES "^${SOURCE_DIR}/core/storage/")
        continue()
    endif()
    file(READ "${f}" text)
    if(text MATCHES "(QSql[A-Za-z]*)")
        list(APPEND violations "[sql-type] ${CMAKE_MATCH_1} outside core/storage (SQL belongs in core/storage): ${f}")
    endif()
    if(text MATCHES "(sql::[A-Za-z]+)")
        list(APPEND violations "[sql-call] ${CMAKE_MATCH_1} outside core/storage (give core/storage a domain call): ${f}")
    endif()
    if(text MATCHES "(\\.|->)connection\\(\\)")
        list(APPEND violations "[raw-connection] a raw database connection outside core/storage (pass the Database): ${f}")
    endif()
endforeach()

# core/domain is the bottom of core and core/storage sits on it: domain includes only domain/ and
# common/, storage only storage/, domain/ and common/. A value type that storage reads or writes
# belongs in core/domain, not in the feature folder that uses it.
file(GLOB_RECURSE lower_files "${SOURCE_DIR}/core/domain/*.h" "${SOURCE_DIR}/core/domain/*.cpp"
                              "${SOURCE_DIR}/core/storage/*.h" "${SOURCE_DIR}/core/storage/*.cpp")
foreach(f IN LISTS lower_files)
    if(f MATCHES "^${SOURCE_DIR}/core/domain/")
        set(allowed "domain|common")
    else()
        set(allowed "storage|domain|common")
    endif()
    file(STRINGS "${f}" project_includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"[A-Za-z0-9_]+/")
    foreach(line IN LISTS project_includes)
        string(REGEX MATCH "\"([A-Za-z0-9_]+)/" folder "${line}")
        set(folder "${CMAKE_MATCH_1}")
        if(NOT folder MATCHES "^(${allowed})$")
            list(APPEND violations "[upward-include] core/domain and core/storage include only what lies below them, not ${folder}/ (a type both need belongs in core/domain): ${f}")
        endif()
    endforeach()
endforeach()

list(LENGTH core_files core_count)
if(core_count EQUAL 0)
    message(FATAL_ERROR "no core sources found under ${SOURCE_DIR}/core: is SOURCE_DIR right?")
endif()

if(violations)
    list(JOIN violations "\n  " report)
    message(FATAL_ERROR "Layering violations:\n  ${report}")
endif()
list(LENGTH checked checked_count)
list(LENGTH lower_files lower_count)
message(STATUS "Layering OK: ${core_count} core files checked for GUI, ${checked_count} files for SQL outside core/storage, ${lower_count} domain and storage files for upward includes")
