# Designations: the UN Security Council Consolidated List read, reconciled with the database and
# shown (docs/un-list-import.md). The CSV export lives in core/interchange.
target_sources(st_core PRIVATE
    # the list read from the UN's XML (the records, tags, regimes and links are domain values, in
    # core/domain, because core/storage reads and writes them too)
    ${CMAKE_CURRENT_LIST_DIR}/RecordBuilder.h ${CMAKE_CURRENT_LIST_DIR}/RecordBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListReader.h ${CMAKE_CURRENT_LIST_DIR}/UnListReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlainXmlScanner.h ${CMAKE_CURRENT_LIST_DIR}/PlainXmlScanner.cpp
    # what a new list changes: added, changed, delisted
    ${CMAKE_CURRENT_LIST_DIR}/Reconciler.h ${CMAKE_CURRENT_LIST_DIR}/Reconciler.cpp
    # the import as a whole: reviewed (UI) or streamed (command line)
    ${CMAKE_CURRENT_LIST_DIR}/UnListImport.h ${CMAKE_CURRENT_LIST_DIR}/UnListImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListFileImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListApplication.h ${CMAKE_CURRENT_LIST_DIR}/UnListApplication.cpp
    # the Designations view's models
    ${CMAKE_CURRENT_LIST_DIR}/DesignationTableModel.h ${CMAKE_CURRENT_LIST_DIR}/DesignationTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DesignationFilterModel.h ${CMAKE_CURRENT_LIST_DIR}/DesignationFilterModel.cpp
)
