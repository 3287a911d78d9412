# Qt Charts views (the only place that includes QtCharts).
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChartStyle.h ${CMAKE_CURRENT_LIST_DIR}/ChartStyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartPalette.h ${CMAKE_CURRENT_LIST_DIR}/ChartPalette.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartExport.h ${CMAKE_CURRENT_LIST_DIR}/ChartExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineChart.h ${CMAKE_CURRENT_LIST_DIR}/TimelineChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineChartQueries.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineChartActs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLayers.h ${CMAKE_CURRENT_LIST_DIR}/TimelineLayers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelineLabels.h ${CMAKE_CURRENT_LIST_DIR}/TimelineLabels.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TextWidths.h ${CMAKE_CURRENT_LIST_DIR}/TextWidths.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ZoomableChartView.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineView.h ${CMAKE_CURRENT_LIST_DIR}/TimelineView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TimelinePanel.h ${CMAKE_CURRENT_LIST_DIR}/TimelinePanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CapHistoryChart.h ${CMAKE_CURRENT_LIST_DIR}/CapHistoryChart.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CapHistoryView.h ${CMAKE_CURRENT_LIST_DIR}/CapHistoryView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CapHistoryPanel.h ${CMAKE_CURRENT_LIST_DIR}/CapHistoryPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChartRendering.h ${CMAKE_CURRENT_LIST_DIR}/ChartRendering.cpp
)
