// Calendar arithmetic for spreadsheet dates: Calc stores a date as days since the
// document's null date (normally 1899-12-30), so functions return serial numbers.
#pragma once

namespace p8 {

struct CivilDate { int year = 0, month = 0, day = 0; };

long long daysFromCivil(int year, int month, int day);   // days since 1970-01-01
CivilDate civilFromDays(long long days);
// Serial number of a date relative to a null date (Calc's default 1899-12-30).
double dateSerial(const CivilDate& date, const CivilDate& nullDate = {1899, 12, 30});
CivilDate dateFromSerial(double serial, const CivilDate& nullDate = {1899, 12, 30});

}  // namespace p8
