# Summary reports: the print/PDF/HTML pipeline, the Report window and its menu action.
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ReportPagination.h ${CMAKE_CURRENT_LIST_DIR}/ReportPagination.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPages.h ${CMAKE_CURRENT_LIST_DIR}/ReportPages.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.h ${CMAKE_CURRENT_LIST_DIR}/ReportOutput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportFigure.h ${CMAKE_CURRENT_LIST_DIR}/ReportFigure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportPdf.h ${CMAKE_CURRENT_LIST_DIR}/ReportPdf.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PdfJoin.h ${CMAKE_CURRENT_LIST_DIR}/PdfJoin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportWindow.h ${CMAKE_CURRENT_LIST_DIR}/ReportWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ReportFeature.h ${CMAKE_CURRENT_LIST_DIR}/ReportFeature.cpp
)
