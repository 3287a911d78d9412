# Name screening (docs/screening.md): the Screening dock and its results table.
target_sources(st_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningResultModel.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningResultModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningIndexBuilder.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningIndexBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningPanel.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ScreeningFeature.h ${CMAKE_CURRENT_LIST_DIR}/ScreeningFeature.cpp
)
