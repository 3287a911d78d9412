# Data entry (issue 4): record forms, the undo stack that replays core's exact changes, the History
# view over the audit log, and the installer that wires them into the main window.
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ErrorBanner.h ${CMAKE_CURRENT_LIST_DIR}/ErrorBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AuditValueNames.h ${CMAKE_CURRENT_LIST_DIR}/AuditValueNames.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DateField.h ${CMAKE_CURRENT_LIST_DIR}/DateField.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FieldForm.h ${CMAKE_CURRENT_LIST_DIR}/FieldForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormWidgets.h ${CMAKE_CURRENT_LIST_DIR}/FormWidgets.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConflictDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordDialog.h ${CMAKE_CURRENT_LIST_DIR}/RecordDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ResolutionDialog.h ${CMAKE_CURRENT_LIST_DIR}/ResolutionDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureDialog.h ${CMAKE_CURRENT_LIST_DIR}/MeasureDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TriggerEventDialog.h ${CMAKE_CURRENT_LIST_DIR}/TriggerEventDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StateDialog.h ${CMAKE_CURRENT_LIST_DIR}/StateDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MeasureTypeDialog.h ${CMAKE_CURRENT_LIST_DIR}/MeasureTypeDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditHistory.h ${CMAKE_CURRENT_LIST_DIR}/EditHistory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HistoryView.h ${CMAKE_CURRENT_LIST_DIR}/HistoryView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordListDialog.h ${CMAKE_CURRENT_LIST_DIR}/RecordListDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecordEditor.h ${CMAKE_CURRENT_LIST_DIR}/RecordEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EditingFeature.h ${CMAKE_CURRENT_LIST_DIR}/EditingFeature.cpp
)
