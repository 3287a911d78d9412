# Designations: the UN Security Council Consolidated List read, reconciled with the database and
# shown (docs/un-list-import.md). The CSV export lives in core/interchange.
target_sources(st_core PRIVATE
    # the list as read from the UN's XML
    ${CMAKE_CURRENT_LIST_DIR}/UnListRecord.h ${CMAKE_CURRENT_LIST_DIR}/UnListRecord.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListTags.h ${CMAKE_CURRENT_LIST_DIR}/UnListTags.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordBuilder.h ${CMAKE_CURRENT_LIST_DIR}/RecordBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListReader.h ${CMAKE_CURRENT_LIST_DIR}/UnListReader.cpp
    # what it means in the database: regimes, links, reconciliation
    ${CMAKE_CURRENT_LIST_DIR}/UnListRegimes.h ${CMAKE_CURRENT_LIST_DIR}/UnListRegimes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ListingLinks.h ${CMAKE_CURRENT_LIST_DIR}/ListingLinks.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Reconciliation.h ${CMAKE_CURRENT_LIST_DIR}/Reconciliation.cpp
    # the import as a whole: reviewed (UI) or streamed (command line)
    ${CMAKE_CURRENT_LIST_DIR}/UnListImport.h ${CMAKE_CURRENT_LIST_DIR}/UnListImport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnListFileImport.cpp
    # the Designations view's models
    ${CMAKE_CURRENT_LIST_DIR}/DesignationTableModel.h ${CMAKE_CURRENT_LIST_DIR}/DesignationTableModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DesignationFilterModel.h ${CMAKE_CURRENT_LIST_DIR}/DesignationFilterModel.cpp
)
