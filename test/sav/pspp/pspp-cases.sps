* Written by GNU PSPP 1.6.2 (pspp pspp-cases.sps): an independent writer for test/sav/pspp.test.ts.
SET LOCALE='UTF-8'.
DATA LIST LIST /id (F3.0) sat (F1.0) nps (F2.0) visit (DATE11) seen (DATETIME20) wt (F5.2) store (A8) comment (A40) long (A600).
BEGIN DATA
1 5 10 "01-MAR-2026" "01-MAR-2026 14:30:05" 1.25 "N" "abcdefgé très bien, éèàü" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaBcccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccDeeeeeeeeee"
2 3 0 "15-JUN-2026" "15-JUN-2026 08:00:00" 0.80 "S" "plain" "short"
3 9 99 "31-DEC-2025" "31-DEC-2025 23:59:59" 1.00 "X" "" ""
4 1 . . . 2.5 "N" "Ünïcödé ≥ 8 bytes ★" "x"
5 8 5 "01-JAN-1970" "01-JAN-1970 00:00:00" 1.5 "S" "dk" "y"
END DATA.
VARIABLE LABELS sat 'Overall satisfaction' nps 'Likelihood to recommend (0-10)' store 'Store' comment 'Any comments?'.
VALUE LABELS sat 1 'Very dissatisfied' 2 'Dissatisfied' 3 'Neither satisfied nor dissatisfied' 4 'Satisfied' 5 'Very satisfied' 9 "Don't know"
 /nps 0 'Not at all likely' 10 'Extremely likely' 99 'Refused'
 /store 'N' 'North' 'S' 'South'.
MISSING VALUES sat (9) nps (90 THRU HI) comment ('dk').
WEIGHT BY wt.
SAVE OUTFILE='pspp-bytecode.sav'.
SAVE OUTFILE='pspp-plain.sav' /UNCOMPRESSED.
SAVE OUTFILE='pspp-zlib.zsav' /ZCOMPRESSED.
