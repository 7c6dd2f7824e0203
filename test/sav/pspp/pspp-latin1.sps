* Written by GNU PSPP 1.6.2 in Windows-1252 (pspp pspp-latin1.sps).
SET LOCALE='windows-1252'.
DATA LIST LIST /sat (F1.0) note (A12).
BEGIN DATA
5 "crème brûlée"
4 "café"
END DATA.
VARIABLE LABELS sat 'Satisfaction générale'.
VALUE LABELS sat 4 'Satisfait' 5 'Très satisfait'.
SAVE OUTFILE='pspp-latin1.sav'.
