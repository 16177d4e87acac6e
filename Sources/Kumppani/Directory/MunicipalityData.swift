// Generated from shared/data/municipalities.csv (Statistics Finland 2026 classification); do not edit.
// MunicipalityDataTests checks that it still equals the shipped file byte for byte.
extension Municipality {
    static let csv = #"""
code,name_fi,name_sv,region_fi,wellbeing_county_fi
005,Alajärvi,Alajärvi,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
009,Alavieska,Alavieska,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
010,Alavus,Alavo,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
016,Asikkala,Asikkala,Päijät-Häme,Päijät-Hämeen hyvinvointialue
018,Askola,Askola,Uusimaa,Itä-Uudenmaan hyvinvointialue
019,Aura,Aura,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
020,Akaa,Ackas,Pirkanmaa,Pirkanmaan hyvinvointialue
035,Brändö,Brändö,Ahvenanmaa,
043,Eckerö,Eckerö,Ahvenanmaa,
046,Enonkoski,Enonkoski,Etelä-Savo,Etelä-Savon hyvinvointialue
047,Enontekiö,Enontekis,Lappi,Lapin hyvinvointialue
049,Espoo,Esbo,Uusimaa,Länsi-Uudenmaan hyvinvointialue
050,Eura,Eura,Satakunta,Satakunnan hyvinvointialue
051,Eurajoki,Euraåminne,Satakunta,Satakunnan hyvinvointialue
052,Evijärvi,Evijärvi,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
060,Finström,Finström,Ahvenanmaa,
061,Forssa,Forssa,Kanta-Häme,Kanta-Hämeen hyvinvointialue
062,Föglö,Föglö,Ahvenanmaa,
065,Geta,Geta,Ahvenanmaa,
069,Haapajärvi,Haapajärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
071,Haapavesi,Haapavesi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
072,Hailuoto,Karlö,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
074,Halsua,Halso,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
075,Hamina,Fredrikshamn,Kymenlaakso,Kymenlaakson hyvinvointialue
076,Hammarland,Hammarland,Ahvenanmaa,
077,Hankasalmi,Hankasalmi,Keski-Suomi,Keski-Suomen hyvinvointialue
078,Hanko,Hangö,Uusimaa,Länsi-Uudenmaan hyvinvointialue
079,Harjavalta,Harjavalta,Satakunta,Satakunnan hyvinvointialue
081,Hartola,Gustav Adolfs,Päijät-Häme,Päijät-Hämeen hyvinvointialue
082,Hattula,Hattula,Kanta-Häme,Kanta-Hämeen hyvinvointialue
086,Hausjärvi,Hausjärvi,Kanta-Häme,Kanta-Hämeen hyvinvointialue
090,Heinävesi,Heinävesi,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
091,Helsinki,Helsingfors,Uusimaa,Helsingin kaupunki
092,Vantaa,Vanda,Uusimaa,Vantaan ja Keravan hyvinvointialue
097,Hirvensalmi,Hirvensalmi,Etelä-Savo,Etelä-Savon hyvinvointialue
098,Hollola,Hollola,Päijät-Häme,Päijät-Hämeen hyvinvointialue
102,Huittinen,Vittis,Satakunta,Satakunnan hyvinvointialue
103,Humppila,Humppila,Kanta-Häme,Kanta-Hämeen hyvinvointialue
105,Hyrynsalmi,Hyrynsalmi,Kainuu,Kainuun hyvinvointialue
106,Hyvinkää,Hyvinge,Uusimaa,Keski-Uudenmaan hyvinvointialue
108,Hämeenkyrö,Tavastkyro,Pirkanmaa,Pirkanmaan hyvinvointialue
109,Hämeenlinna,Tavastehus,Kanta-Häme,Kanta-Hämeen hyvinvointialue
111,Heinola,Heinola,Päijät-Häme,Päijät-Hämeen hyvinvointialue
139,Ii,Ijo,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
140,Iisalmi,Idensalmi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
142,Iitti,Itis,Päijät-Häme,Päijät-Hämeen hyvinvointialue
143,Ikaalinen,Ikalis,Pirkanmaa,Pirkanmaan hyvinvointialue
145,Ilmajoki,Ilmola,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
146,Ilomantsi,Ilomants,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
148,Inari,Enare,Lappi,Lapin hyvinvointialue
149,Inkoo,Ingå,Uusimaa,Länsi-Uudenmaan hyvinvointialue
151,Isojoki,Storå,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
152,Isokyrö,Storkyro,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
153,Imatra,Imatra,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
165,Janakkala,Janakkala,Kanta-Häme,Kanta-Hämeen hyvinvointialue
167,Joensuu,Joensuu,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
169,Jokioinen,Jockis,Kanta-Häme,Kanta-Hämeen hyvinvointialue
170,Jomala,Jomala,Ahvenanmaa,
171,Joroinen,Jorois,Pohjois-Savo,Pohjois-Savon hyvinvointialue
172,Joutsa,Joutsa,Keski-Suomi,Keski-Suomen hyvinvointialue
176,Juuka,Juga,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
177,Juupajoki,Juupajoki,Pirkanmaa,Pirkanmaan hyvinvointialue
178,Juva,Juva,Etelä-Savo,Etelä-Savon hyvinvointialue
179,Jyväskylä,Jyväskylä,Keski-Suomi,Keski-Suomen hyvinvointialue
181,Jämijärvi,Jämijärvi,Satakunta,Satakunnan hyvinvointialue
182,Jämsä,Jämsä,Keski-Suomi,Keski-Suomen hyvinvointialue
186,Järvenpää,Träskända,Uusimaa,Keski-Uudenmaan hyvinvointialue
202,Kaarina,S:t Karins,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
204,Kaavi,Kaavi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
205,Kajaani,Kajana,Kainuu,Kainuun hyvinvointialue
208,Kalajoki,Kalajoki,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
211,Kangasala,Kangasala,Pirkanmaa,Pirkanmaan hyvinvointialue
213,Kangasniemi,Kangasniemi,Etelä-Savo,Etelä-Savon hyvinvointialue
214,Kankaanpää,Kankaanpää,Satakunta,Satakunnan hyvinvointialue
216,Kannonkoski,Kannonkoski,Keski-Suomi,Keski-Suomen hyvinvointialue
217,Kannus,Kannus,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
218,Karijoki,Bötom,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
224,Karkkila,Högfors,Uusimaa,Länsi-Uudenmaan hyvinvointialue
226,Karstula,Karstula,Keski-Suomi,Keski-Suomen hyvinvointialue
230,Karvia,Karvia,Satakunta,Satakunnan hyvinvointialue
231,Kaskinen,Kaskö,Pohjanmaa,Pohjanmaan hyvinvointialue
232,Kauhajoki,Kauhajoki,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
233,Kauhava,Kauhava,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
235,Kauniainen,Grankulla,Uusimaa,Länsi-Uudenmaan hyvinvointialue
236,Kaustinen,Kaustby,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
239,Keitele,Keitele,Pohjois-Savo,Pohjois-Savon hyvinvointialue
240,Kemi,Kemi,Lappi,Lapin hyvinvointialue
241,Keminmaa,Keminmaa,Lappi,Lapin hyvinvointialue
244,Kempele,Kempele,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
245,Kerava,Kervo,Uusimaa,Vantaan ja Keravan hyvinvointialue
249,Keuruu,Keuru,Keski-Suomi,Keski-Suomen hyvinvointialue
250,Kihniö,Kihniö,Pirkanmaa,Pirkanmaan hyvinvointialue
256,Kinnula,Kinnula,Keski-Suomi,Keski-Suomen hyvinvointialue
257,Kirkkonummi,Kyrkslätt,Uusimaa,Länsi-Uudenmaan hyvinvointialue
260,Kitee,Kides,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
261,Kittilä,Kittilä,Lappi,Lapin hyvinvointialue
263,Kiuruvesi,Kiuruvesi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
265,Kivijärvi,Kivijärvi,Keski-Suomi,Keski-Suomen hyvinvointialue
271,Kokemäki,Kumo,Satakunta,Satakunnan hyvinvointialue
272,Kokkola,Karleby,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
273,Kolari,Kolari,Lappi,Lapin hyvinvointialue
275,Konnevesi,Konnevesi,Keski-Suomi,Keski-Suomen hyvinvointialue
276,Kontiolahti,Kontiolax,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
280,Korsnäs,Korsnäs,Pohjanmaa,Pohjanmaan hyvinvointialue
284,Koski Tl,Koskis,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
285,Kotka,Kotka,Kymenlaakso,Kymenlaakson hyvinvointialue
286,Kouvola,Kouvola,Kymenlaakso,Kymenlaakson hyvinvointialue
287,Kristiinankaupunki,Kristinestad,Pohjanmaa,Pohjanmaan hyvinvointialue
288,Kruunupyy,Kronoby,Pohjanmaa,Pohjanmaan hyvinvointialue
290,Kuhmo,Kuhmo,Kainuu,Kainuun hyvinvointialue
291,Kuhmoinen,Kuhmois,Pirkanmaa,Pirkanmaan hyvinvointialue
295,Kumlinge,Kumlinge,Ahvenanmaa,
297,Kuopio,Kuopio,Pohjois-Savo,Pohjois-Savon hyvinvointialue
300,Kuortane,Kuortane,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
301,Kurikka,Kurikka,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
304,Kustavi,Gustavs,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
305,Kuusamo,Kuusamo,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
309,Outokumpu,Outokumpu,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
312,Kyyjärvi,Kyyjärvi,Keski-Suomi,Keski-Suomen hyvinvointialue
316,Kärkölä,Kärkölä,Päijät-Häme,Päijät-Hämeen hyvinvointialue
317,Kärsämäki,Kärsämäki,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
318,Kökar,Kökar,Ahvenanmaa,
320,Kemijärvi,Kemijärvi,Lappi,Lapin hyvinvointialue
322,Kemiönsaari,Kimitoön,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
398,Lahti,Lahtis,Päijät-Häme,Päijät-Hämeen hyvinvointialue
399,Laihia,Laihela,Pohjanmaa,Pohjanmaan hyvinvointialue
400,Laitila,Letala,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
402,Lapinlahti,Lapinlahti,Pohjois-Savo,Pohjois-Savon hyvinvointialue
403,Lappajärvi,Lappajärvi,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
405,Lappeenranta,Villmanstrand,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
407,Lapinjärvi,Lappträsk,Uusimaa,Itä-Uudenmaan hyvinvointialue
408,Lapua,Lappo,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
410,Laukaa,Laukas,Keski-Suomi,Keski-Suomen hyvinvointialue
416,Lemi,Lemi,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
417,Lemland,Lemland,Ahvenanmaa,
418,Lempäälä,Lempäälä,Pirkanmaa,Pirkanmaan hyvinvointialue
420,Leppävirta,Leppävirta,Pohjois-Savo,Pohjois-Savon hyvinvointialue
421,Lestijärvi,Lestijärvi,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
422,Lieksa,Lieksa,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
423,Lieto,Lundo,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
425,Liminka,Limingo,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
426,Liperi,Libelits,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
430,Loimaa,Loimaa,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
433,Loppi,Loppi,Kanta-Häme,Kanta-Hämeen hyvinvointialue
434,Loviisa,Lovisa,Uusimaa,Itä-Uudenmaan hyvinvointialue
435,Luhanka,Luhanka,Keski-Suomi,Keski-Suomen hyvinvointialue
436,Lumijoki,Lumijoki,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
438,Lumparland,Lumparland,Ahvenanmaa,
440,Luoto,Larsmo,Pohjanmaa,Pohjanmaan hyvinvointialue
441,Luumäki,Luumäki,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
444,Lohja,Lojo,Uusimaa,Länsi-Uudenmaan hyvinvointialue
445,Parainen,Pargas,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
475,Maalahti,Malax,Pohjanmaa,Pohjanmaan hyvinvointialue
478,Maarianhamina,Mariehamn,Ahvenanmaa,
480,Marttila,S:t Mårtens,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
481,Masku,Masku,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
483,Merijärvi,Merijärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
484,Merikarvia,Sastmola,Satakunta,Satakunnan hyvinvointialue
489,Miehikkälä,Miehikkälä,Kymenlaakso,Kymenlaakson hyvinvointialue
491,Mikkeli,S:t Michel,Etelä-Savo,Etelä-Savon hyvinvointialue
494,Muhos,Muhos,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
495,Multia,Multia,Keski-Suomi,Keski-Suomen hyvinvointialue
498,Muonio,Muonio,Lappi,Lapin hyvinvointialue
499,Mustasaari,Korsholm,Pohjanmaa,Pohjanmaan hyvinvointialue
500,Muurame,Muurame,Keski-Suomi,Keski-Suomen hyvinvointialue
503,Mynämäki,Virmo,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
504,Myrskylä,Mörskom,Uusimaa,Itä-Uudenmaan hyvinvointialue
505,Mäntsälä,Mäntsälä,Uusimaa,Keski-Uudenmaan hyvinvointialue
507,Mäntyharju,Mäntyharju,Etelä-Savo,Etelä-Savon hyvinvointialue
508,Mänttä-Vilppula,Mänttä-Vilppula,Pirkanmaa,Pirkanmaan hyvinvointialue
529,Naantali,Nådendal,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
531,Nakkila,Nakkila,Satakunta,Satakunnan hyvinvointialue
535,Nivala,Nivala,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
536,Nokia,Nokia,Pirkanmaa,Pirkanmaan hyvinvointialue
538,Nousiainen,Nousis,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
541,Nurmes,Nurmes,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
543,Nurmijärvi,Nurmijärvi,Uusimaa,Keski-Uudenmaan hyvinvointialue
545,Närpiö,Närpes,Pohjanmaa,Pohjanmaan hyvinvointialue
560,Orimattila,Orimattila,Päijät-Häme,Päijät-Hämeen hyvinvointialue
561,Oripää,Oripää,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
562,Orivesi,Orivesi,Pirkanmaa,Pirkanmaan hyvinvointialue
563,Oulainen,Oulainen,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
564,Oulu,Uleåborg,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
576,Padasjoki,Padasjoki,Päijät-Häme,Päijät-Hämeen hyvinvointialue
577,Paimio,Pemar,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
578,Paltamo,Paltamo,Kainuu,Kainuun hyvinvointialue
580,Parikkala,Parikkala,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
581,Parkano,Parkano,Pirkanmaa,Pirkanmaan hyvinvointialue
583,Pelkosenniemi,Pelkosenniemi,Lappi,Lapin hyvinvointialue
584,Perho,Perho,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
592,Petäjävesi,Petäjävesi,Keski-Suomi,Keski-Suomen hyvinvointialue
593,Pieksämäki,Pieksämäki,Etelä-Savo,Etelä-Savon hyvinvointialue
595,Pielavesi,Pielavesi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
598,Pietarsaari,Jakobstad,Pohjanmaa,Pohjanmaan hyvinvointialue
599,Pedersören kunta,Pedersöre,Pohjanmaa,Pohjanmaan hyvinvointialue
601,Pihtipudas,Pihtipudas,Keski-Suomi,Keski-Suomen hyvinvointialue
604,Pirkkala,Birkala,Pirkanmaa,Pirkanmaan hyvinvointialue
607,Polvijärvi,Polvijärvi,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
608,Pomarkku,Påmark,Satakunta,Satakunnan hyvinvointialue
609,Pori,Björneborg,Satakunta,Satakunnan hyvinvointialue
611,Pornainen,Borgnäs,Uusimaa,Keski-Uudenmaan hyvinvointialue
614,Posio,Posio,Lappi,Lapin hyvinvointialue
615,Pudasjärvi,Pudasjärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
616,Pukkila,Pukkila,Uusimaa,Itä-Uudenmaan hyvinvointialue
619,Punkalaidun,Punkalaidun,Pirkanmaa,Pirkanmaan hyvinvointialue
620,Puolanka,Puolanka,Kainuu,Kainuun hyvinvointialue
623,Puumala,Puumala,Etelä-Savo,Etelä-Savon hyvinvointialue
624,Pyhtää,Pyttis,Kymenlaakso,Kymenlaakson hyvinvointialue
625,Pyhäjoki,Pyhäjoki,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
626,Pyhäjärvi,Pyhäjärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
630,Pyhäntä,Pyhäntä,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
631,Pyhäranta,Pyhäranta,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
635,Pälkäne,Pälkäne,Pirkanmaa,Pirkanmaan hyvinvointialue
636,Pöytyä,Pöytyä,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
638,Porvoo,Borgå,Uusimaa,Itä-Uudenmaan hyvinvointialue
678,Raahe,Brahestad,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
680,Raisio,Reso,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
681,Rantasalmi,Rantasalmi,Etelä-Savo,Etelä-Savon hyvinvointialue
683,Ranua,Ranua,Lappi,Lapin hyvinvointialue
684,Rauma,Raumo,Satakunta,Satakunnan hyvinvointialue
686,Rautalampi,Rautalampi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
687,Rautavaara,Rautavaara,Pohjois-Savo,Pohjois-Savon hyvinvointialue
689,Rautjärvi,Rautjärvi,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
691,Reisjärvi,Reisjärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
694,Riihimäki,Riihimäki,Kanta-Häme,Kanta-Hämeen hyvinvointialue
697,Ristijärvi,Ristijärvi,Kainuu,Kainuun hyvinvointialue
698,Rovaniemi,Rovaniemi,Lappi,Lapin hyvinvointialue
700,Ruokolahti,Ruokolax,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
702,Ruovesi,Ruovesi,Pirkanmaa,Pirkanmaan hyvinvointialue
704,Rusko,Rusko,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
707,Rääkkylä,Rääkkylä,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
710,Raasepori,Raseborg,Uusimaa,Länsi-Uudenmaan hyvinvointialue
729,Saarijärvi,Saarijärvi,Keski-Suomi,Keski-Suomen hyvinvointialue
732,Salla,Salla,Lappi,Lapin hyvinvointialue
734,Salo,Salo,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
736,Saltvik,Saltvik,Ahvenanmaa,
738,Sauvo,Sagu,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
739,Savitaipale,Savitaipale,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
740,Savonlinna,Nyslott,Etelä-Savo,Etelä-Savon hyvinvointialue
742,Savukoski,Savukoski,Lappi,Lapin hyvinvointialue
743,Seinäjoki,Seinäjoki,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
746,Sievi,Sievi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
747,Siikainen,Siikais,Satakunta,Satakunnan hyvinvointialue
748,Siikajoki,Siikajoki,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
749,Siilinjärvi,Siilinjärvi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
751,Simo,Simo,Lappi,Lapin hyvinvointialue
753,Sipoo,Sibbo,Uusimaa,Itä-Uudenmaan hyvinvointialue
755,Siuntio,Sjundeå,Uusimaa,Länsi-Uudenmaan hyvinvointialue
758,Sodankylä,Sodankylä,Lappi,Lapin hyvinvointialue
759,Soini,Soini,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
761,Somero,Somero,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
762,Sonkajärvi,Sonkajärvi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
765,Sotkamo,Sotkamo,Kainuu,Kainuun hyvinvointialue
766,Sottunga,Sottunga,Ahvenanmaa,
768,Sulkava,Sulkava,Etelä-Savo,Etelä-Savon hyvinvointialue
771,Sund,Sund,Ahvenanmaa,
777,Suomussalmi,Suomussalmi,Kainuu,Kainuun hyvinvointialue
778,Suonenjoki,Suonenjoki,Pohjois-Savo,Pohjois-Savon hyvinvointialue
781,Sysmä,Sysmä,Päijät-Häme,Päijät-Hämeen hyvinvointialue
783,Säkylä,Säkylä,Satakunta,Satakunnan hyvinvointialue
785,Vaala,Vaala,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
790,Sastamala,Sastamala,Pirkanmaa,Pirkanmaan hyvinvointialue
791,Siikalatva,Siikalatva,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
831,Taipalsaari,Taipalsaari,Etelä-Karjala,Etelä-Karjalan hyvinvointialue
832,Taivalkoski,Taivalkoski,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
833,Taivassalo,Tövsala,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
834,Tammela,Tammela,Kanta-Häme,Kanta-Hämeen hyvinvointialue
837,Tampere,Tammerfors,Pirkanmaa,Pirkanmaan hyvinvointialue
844,Tervo,Tervo,Pohjois-Savo,Pohjois-Savon hyvinvointialue
845,Tervola,Tervola,Lappi,Lapin hyvinvointialue
846,Teuva,Östermark,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
848,Tohmajärvi,Tohmajärvi,Pohjois-Karjala,Pohjois-Karjalan hyvinvointialue
849,Toholampi,Toholampi,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
850,Toivakka,Toivakka,Keski-Suomi,Keski-Suomen hyvinvointialue
851,Tornio,Torneå,Lappi,Lapin hyvinvointialue
853,Turku,Åbo,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
854,Pello,Pello,Lappi,Lapin hyvinvointialue
857,Tuusniemi,Tuusniemi,Pohjois-Savo,Pohjois-Savon hyvinvointialue
858,Tuusula,Tusby,Uusimaa,Keski-Uudenmaan hyvinvointialue
859,Tyrnävä,Tyrnävä,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
886,Ulvila,Ulvsby,Satakunta,Satakunnan hyvinvointialue
887,Urjala,Urjala,Pirkanmaa,Pirkanmaan hyvinvointialue
889,Utajärvi,Utajärvi,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
890,Utsjoki,Utsjoki,Lappi,Lapin hyvinvointialue
892,Uurainen,Uurainen,Keski-Suomi,Keski-Suomen hyvinvointialue
893,Uusikaarlepyy,Nykarleby,Pohjanmaa,Pohjanmaan hyvinvointialue
895,Uusikaupunki,Nystad,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
905,Vaasa,Vasa,Pohjanmaa,Pohjanmaan hyvinvointialue
908,Valkeakoski,Valkeakoski,Pirkanmaa,Pirkanmaan hyvinvointialue
915,Varkaus,Varkaus,Pohjois-Savo,Pohjois-Savon hyvinvointialue
918,Vehmaa,Vemo,Varsinais-Suomi,Varsinais-Suomen hyvinvointialue
921,Vesanto,Vesanto,Pohjois-Savo,Pohjois-Savon hyvinvointialue
922,Vesilahti,Vesilahti,Pirkanmaa,Pirkanmaan hyvinvointialue
924,Veteli,Vetil,Keski-Pohjanmaa,Keski-Pohjanmaan hyvinvointialue
925,Vieremä,Vieremä,Pohjois-Savo,Pohjois-Savon hyvinvointialue
927,Vihti,Vichtis,Uusimaa,Länsi-Uudenmaan hyvinvointialue
931,Viitasaari,Viitasaari,Keski-Suomi,Keski-Suomen hyvinvointialue
934,Vimpeli,Vindala,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
935,Virolahti,Vederlax,Kymenlaakso,Kymenlaakson hyvinvointialue
936,Virrat,Virdois,Pirkanmaa,Pirkanmaan hyvinvointialue
941,Vårdö,Vårdö,Ahvenanmaa,
946,Vöyri,Vörå,Pohjanmaa,Pohjanmaan hyvinvointialue
976,Ylitornio,Övertorneå,Lappi,Lapin hyvinvointialue
977,Ylivieska,Ylivieska,Pohjois-Pohjanmaa,Pohjois-Pohjanmaan hyvinvointialue
980,Ylöjärvi,Ylöjärvi,Pirkanmaa,Pirkanmaan hyvinvointialue
981,Ypäjä,Ypäjä,Kanta-Häme,Kanta-Hämeen hyvinvointialue
989,Ähtäri,Etseri,Etelä-Pohjanmaa,Etelä-Pohjanmaan hyvinvointialue
992,Äänekoski,Äänekoski,Keski-Suomi,Keski-Suomen hyvinvointialue
"""#
}
