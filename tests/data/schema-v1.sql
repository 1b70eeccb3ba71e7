-- Minutebook schema version 1 with six generated meetings (seed 11). Frozen fixture for
-- the migration tests: never edit.
PRAGMA application_id = 1296974411;
PRAGMA user_version = 1;
BEGIN TRANSACTION;
CREATE TABLE bodies (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL,
            organisation TEXT NOT NULL DEFAULT '');
INSERT INTO bodies VALUES(1,'Ledningsgrupp Exempelskolorna','LG','Skol- och fritidsförvaltningen');
INSERT INTO bodies VALUES(2,'Styrgruppen för förvaltningen','SG','Skol- och fritidsförvaltningen');
CREATE TABLE persons (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            initials TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '');
INSERT INTO persons VALUES(1,'Rasmus Wallin','RW','');
INSERT INTO persons VALUES(2,'Karin Fransson','KF','');
INSERT INTO persons VALUES(3,'Ebba Fredriksson','EF','');
INSERT INTO persons VALUES(4,'Jonas Håkansson','JH','');
INSERT INTO persons VALUES(5,'Elin Ekström','EE','');
INSERT INTO persons VALUES(6,'Peter Öberg','PÖ','');
INSERT INTO persons VALUES(7,'Åsa Lundgren','ÅL','');
INSERT INTO persons VALUES(8,'Jörgen Fransson','JF','');
INSERT INTO persons VALUES(9,'Helena Lundgren','HL','');
INSERT INTO persons VALUES(10,'Eva Eriksson','EE','');
INSERT INTO persons VALUES(11,'Cecilia Pettersson','CP','');
INSERT INTO persons VALUES(12,'Jenny Söderberg','JS','');
INSERT INTO persons VALUES(13,'Viktor Jonsson','VJ','');
INSERT INTO persons VALUES(14,'Peter Bergman','PB','');
INSERT INTO persons VALUES(15,'Magnus Persson','MP','');
INSERT INTO persons VALUES(16,'Jenny Lindgren','JL','');
INSERT INTO persons VALUES(17,'Kristoffer Lindström','','');
CREATE TABLE roster (
            body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
            group_label TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (body_id, person_id));
INSERT INTO roster VALUES(1,1,'LG',0);
INSERT INTO roster VALUES(1,2,'LG',1);
INSERT INTO roster VALUES(1,3,'LG',2);
INSERT INTO roster VALUES(1,4,'LG',3);
INSERT INTO roster VALUES(1,5,'LG',4);
INSERT INTO roster VALUES(1,6,'Styrgruppen',5);
INSERT INTO roster VALUES(1,7,'Styrgruppen',6);
INSERT INTO roster VALUES(1,8,'Styrgruppen',7);
INSERT INTO roster VALUES(2,9,'SG',0);
INSERT INTO roster VALUES(2,10,'SG',1);
INSERT INTO roster VALUES(2,11,'SG',2);
INSERT INTO roster VALUES(2,12,'SG',3);
INSERT INTO roster VALUES(2,13,'SG',4);
INSERT INTO roster VALUES(2,14,'SG',5);
INSERT INTO roster VALUES(2,15,'SG',6);
INSERT INTO roster VALUES(2,16,'SG',7);
CREATE TABLE meetings (
            id INTEGER PRIMARY KEY,
            body_id INTEGER NOT NULL REFERENCES bodies(id),
            title TEXT NOT NULL DEFAULT '',
            meeting_date TEXT NOT NULL,
            start_time TEXT,
            end_time TEXT,
            place TEXT NOT NULL DEFAULT '',
            minute_taker TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
            notes TEXT NOT NULL DEFAULT '');
INSERT INTO meetings VALUES(1,1,'Mötesanteckningar','2026-05-05','08:30','12:30','Aulan','Elin Ekström','draft','');
INSERT INTO meetings VALUES(2,2,'Mötesanteckningar','2026-05-07','08:00','12:00','Neptunus','Eva Eriksson','draft','');
INSERT INTO meetings VALUES(3,1,'Mötesanteckningar','2026-05-19','08:00','11:00','Aulan','Jörgen Fransson','draft','');
INSERT INTO meetings VALUES(4,2,'Mötesanteckningar','2026-05-25','12:00','16:00','Neptunus','Magnus Persson','draft','');
INSERT INTO meetings VALUES(5,1,'Mötesanteckningar','2026-06-04','08:00','10:00','Aulan','Peter Öberg','draft','');
INSERT INTO meetings VALUES(6,2,'Mötesanteckningar','2026-06-14','08:00','10:00','Neptunus','Helena Lundgren','draft','');
CREATE TABLE attendance (
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES persons(id),
            group_label TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'guest')),
            note TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (meeting_id, person_id));
INSERT INTO attendance VALUES(1,1,'LG','absent','',0);
INSERT INTO attendance VALUES(1,2,'LG','present','',1);
INSERT INTO attendance VALUES(1,3,'LG','present','',2);
INSERT INTO attendance VALUES(1,4,'LG','absent','',3);
INSERT INTO attendance VALUES(1,5,'LG','present','',4);
INSERT INTO attendance VALUES(1,6,'Styrgruppen','present','',5);
INSERT INTO attendance VALUES(1,7,'Styrgruppen','present','',6);
INSERT INTO attendance VALUES(1,8,'Styrgruppen','present','',7);
INSERT INTO attendance VALUES(2,9,'SG','present','',0);
INSERT INTO attendance VALUES(2,10,'SG','present','',1);
INSERT INTO attendance VALUES(2,11,'SG','present','',2);
INSERT INTO attendance VALUES(2,12,'SG','present','',3);
INSERT INTO attendance VALUES(2,13,'SG','present','',4);
INSERT INTO attendance VALUES(2,14,'SG','present','',5);
INSERT INTO attendance VALUES(2,15,'SG','present','',6);
INSERT INTO attendance VALUES(2,16,'SG','present','',7);
INSERT INTO attendance VALUES(3,1,'LG','present','',0);
INSERT INTO attendance VALUES(3,2,'LG','present','',1);
INSERT INTO attendance VALUES(3,3,'LG','present','',2);
INSERT INTO attendance VALUES(3,4,'LG','present','',3);
INSERT INTO attendance VALUES(3,5,'LG','present','',4);
INSERT INTO attendance VALUES(3,6,'Styrgruppen','present','',5);
INSERT INTO attendance VALUES(3,7,'Styrgruppen','present','',6);
INSERT INTO attendance VALUES(3,8,'Styrgruppen','absent','',7);
INSERT INTO attendance VALUES(4,9,'SG','present','',0);
INSERT INTO attendance VALUES(4,10,'SG','present','',1);
INSERT INTO attendance VALUES(4,11,'SG','present','',2);
INSERT INTO attendance VALUES(4,12,'SG','present','',3);
INSERT INTO attendance VALUES(4,13,'SG','absent','',4);
INSERT INTO attendance VALUES(4,14,'SG','present','',5);
INSERT INTO attendance VALUES(4,15,'SG','present','',6);
INSERT INTO attendance VALUES(4,16,'SG','present','',7);
INSERT INTO attendance VALUES(5,1,'LG','present','',0);
INSERT INTO attendance VALUES(5,2,'LG','present','',1);
INSERT INTO attendance VALUES(5,3,'LG','present','',2);
INSERT INTO attendance VALUES(5,4,'LG','present','',3);
INSERT INTO attendance VALUES(5,5,'LG','present','',4);
INSERT INTO attendance VALUES(5,6,'Styrgruppen','present','',5);
INSERT INTO attendance VALUES(5,7,'Styrgruppen','present','',6);
INSERT INTO attendance VALUES(5,8,'Styrgruppen','present','',7);
INSERT INTO attendance VALUES(6,9,'SG','present','',0);
INSERT INTO attendance VALUES(6,10,'SG','present','',1);
INSERT INTO attendance VALUES(6,11,'SG','present','',2);
INSERT INTO attendance VALUES(6,12,'SG','present','',3);
INSERT INTO attendance VALUES(6,13,'SG','present','',4);
INSERT INTO attendance VALUES(6,14,'SG','present','',5);
INSERT INTO attendance VALUES(6,15,'SG','present','',6);
INSERT INTO attendance VALUES(6,16,'SG','present','',7);
INSERT INTO attendance VALUES(6,17,'','guest','skolmåltiderna',8);
CREATE TABLE agenda_items (
            id INTEGER PRIMARY KEY,
            meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL DEFAULT '',
            presenter TEXT NOT NULL DEFAULT '',
            responsible TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL DEFAULT '',
            deferred_to TEXT,
            deferred_from_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL);
INSERT INTO agenda_items VALUES(1,1,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(2,1,NULL,1,'2','Nytt från systergrupper','','','Rektorerna går igenom språkutvecklingen tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(3,1,NULL,2,'3','Remiss om digitaliseringen','Jonas Håkansson','JH',replace('Ledningsgruppen analyserar nyanländas lärande efter synpunkter från medarbetarna.\n\nUnderlag: https://intranat.example.se/dokument/6622','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(4,1,NULL,3,'4','Diskussion om arbetsmiljön','Peter Öberg','PÖ',replace('Förvaltningen sammanfattar lovskolan efter synpunkter från medarbetarna. Gruppen lyfter fram IT-säkerheten för att säkra likvärdigheten. Elevhälsan diskuterar likvärdigheten innan beslut fattas.\n\n- Rektorerna ser över tillgängligheten i samverkan med fackliga parter.\n- Gruppen informerar om skolmåltiderna utifrån medskick från skolorna.\n- Skolorna går igenom skolmåltiderna med fokus på elevernas resultat.\n- Nämnden följer upp tillgängligheten med fokus på elevernas resultat.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(5,1,NULL,4,'5','Lägesrapport om kvalitetsrapporten','Jonas Håkansson','JH','Styrgruppen redogör för lovskolan innan beslut fattas. Skolorna analyserar yrkesprogrammens attraktivitet tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(6,1,NULL,5,'6','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(7,1,6,0,'6.1','Rektorsutbildningar','','JF','Jörgen informerar om rektorsutbildningar. Rektorerna problematiserar tillgängligheten i samverkan med fackliga parter. Arbetsgruppen problematiserar medarbetarenkäten innan beslut fattas.',NULL,NULL);
INSERT INTO agenda_items VALUES(8,1,6,1,'6.2','Upphandling av läromedel','','JH','Jonas informerar om upphandling av läromedel. ',NULL,NULL);
INSERT INTO agenda_items VALUES(9,1,6,2,'6.3','Krisberedskap','','EF','Ebba informerar om krisberedskap. ',NULL,NULL);
INSERT INTO agenda_items VALUES(10,1,NULL,6,'7','Utcheckning','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(11,2,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(12,2,NULL,1,'2','Nytt från systergrupper','','','Förvaltningen informerar om studiero med stöd av statistik från Skolverket.',NULL,NULL);
INSERT INTO agenda_items VALUES(13,2,NULL,2,'3','Beredning av nyanländas lärande','Peter Bergman','PB','HR-avdelningen informerar om digitaliseringen i dialog med vårdnadshavare. HR-avdelningen analyserar nyanländas lärande inför nästa läsår.',NULL,NULL);
INSERT INTO agenda_items VALUES(14,2,NULL,3,'4','Uppföljning av lovskolan','Magnus Persson','MP','Gruppen analyserar tillgängligheten i samverkan med fackliga parter. Elevhälsan diskuterar läsfrämjande insatser innan beslut fattas. Gruppen planerar verksamhetsplanen efter synpunkter från medarbetarna. Rektorerna informerar om kvalitetsrapporten i dialog med vårdnadshavare.',NULL,NULL);
INSERT INTO agenda_items VALUES(15,2,NULL,4,'5','Beredning av språkutvecklingen','Jenny Lindgren','JL','Arbetsgruppen ser över rekryteringen av rektorer efter synpunkter från medarbetarna. HR-avdelningen sammanfattar kvalitetsrapporten med fokus på elevernas resultat. Avdelningen följer upp elevhälsan utifrån medskick från skolorna. Rektorerna problematiserar elevfrånvaron tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(16,2,NULL,5,'6','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(17,2,16,0,'6.1','Personalfest','','EE','Eva informerar om personalfest. ',NULL,NULL);
INSERT INTO agenda_items VALUES(18,2,NULL,6,'7','Utcheckning','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(19,3,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(20,3,NULL,1,'2','Nytt från systergrupper','','','Förvaltningen förankrar särskilt stöd tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(21,3,NULL,2,'3','Information om skolskjutsarna','Jörgen Fransson','JF',replace('Gruppen analyserar arbetsmiljön under våren.\n\n- Ledningsgruppen förankrar skolskjutsarna med fokus på elevernas resultat.\n- Kommunikationsenheten ser över samverkan med socialtjänsten under våren.\n- Elevhälsan informerar om lärarnas arbetstid inom ramen för verksamhetsplanen.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(22,3,NULL,3,'4','Förslag gällande skolplikten','Ebba Fredriksson','EF','Avdelningen sammanfattar kompetensförsörjningen efter synpunkter från medarbetarna.',NULL,NULL);
INSERT INTO agenda_items VALUES(23,3,NULL,4,'5','Uppföljning av budget 2027','Jörgen Fransson','JF',replace('Förvaltningen ser över kompetensförsörjningen innan beslut fattas. Elevhälsan problematiserar hållbar utveckling utifrån nämndens mål. Skolorna lyfter fram medarbetarenkäten i samverkan med fackliga parter.\n\n- Gruppen ser över hållbar utveckling i samverkan med fackliga parter.\n- Avdelningen informerar om IT-säkerheten tillsammans med controllers.\n- Styrgruppen informerar om digitaliseringen under våren.\n  - HR-avdelningen går igenom nyanländas lärande inför nästa läsår.\n- Ledningsgruppen lyfter fram elevfrånvaron inför nästa läsår.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(24,3,NULL,5,'6','Workshop kring IT-säkerheten','Karin Fransson','KF','Avdelningen redogör för rekryteringen av rektorer utifrån nämndens mål. Nämnden lyfter fram kvalitetsrapporten för att säkra likvärdigheten. Ledningsgruppen sammanfattar medarbetarenkäten inom ramen för verksamhetsplanen. Ledningsgruppen redogör för särskilt stöd för att säkra likvärdigheten.',NULL,NULL);
INSERT INTO agenda_items VALUES(25,3,NULL,6,'7','Remiss om nyanländas lärande','Karin Fransson','KF',replace('Gruppen informerar om skolvalet utifrån nämndens mål. Skolorna går igenom studiero inför nästa läsår. Ledningsgruppen förankrar elevfrånvaron inför nästa läsår. Elevhälsan planerar lärarnas arbetstid i samverkan med fackliga parter.\n\n- Skolorna problematiserar tillgängligheten inom ramen för verksamhetsplanen.\n  - Arbetsgruppen informerar om skolvalet utifrån medskick från skolorna.\n- Styrgruppen analyserar skolskjutsarna inför nästa läsår.\n- Arbetsgruppen planerar medarbetarenkäten för att säkra likvärdigheten.\n- Avdelningen sammanfattar likvärdigheten tillsammans med controllers.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(26,3,NULL,7,'8','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(27,3,26,0,'8.1','Ny e-tjänst för skolval','','EF','Ebba informerar om ny e-tjänst för skolval. Styrgruppen diskuterar medarbetarenkäten innan beslut fattas.',NULL,NULL);
INSERT INTO agenda_items VALUES(28,3,26,1,'8.2','Personalfest','','EE','Elin informerar om personalfest. Förvaltningen informerar om nyanländas lärande utifrån medskick från skolorna. Skolorna diskuterar skolvalet innan beslut fattas.',NULL,NULL);
INSERT INTO agenda_items VALUES(29,3,26,2,'8.3','Medarbetarsamtal','','RW','Rasmus informerar om medarbetarsamtal. ',NULL,NULL);
INSERT INTO agenda_items VALUES(30,3,NULL,8,'9','Utcheckning','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(31,4,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(32,4,NULL,1,'2','Nytt från systergrupper','','','Elevhälsan problematiserar likvärdigheten under våren. Ledningsgruppen sammanfattar lovskolan med fokus på elevernas resultat. HR-avdelningen går igenom skolskjutsarna med fokus på elevernas resultat.',NULL,NULL);
INSERT INTO agenda_items VALUES(33,4,NULL,2,'3','Förslag gällande systematiskt kvalitetsarbete','Jenny Söderberg','JS','Rektorerna följer upp elevhälsan utifrån nämndens mål. Rektorerna planerar systematiskt kvalitetsarbete i dialog med vårdnadshavare.',NULL,NULL);
INSERT INTO agenda_items VALUES(34,4,NULL,3,'4','Workshop kring elevhälsan','Magnus Persson','MP','Avdelningen planerar kvalitetsrapporten under våren. Styrgruppen ser över digitaliseringen utifrån medskick från skolorna.',NULL,NULL);
INSERT INTO agenda_items VALUES(35,4,NULL,4,'5','Information om tillgängligheten','Eva Eriksson','EE',replace('Avdelningen lyfter fram likvärdigheten utifrån nämndens mål. HR-avdelningen redogör för samverkan med socialtjänsten efter synpunkter från medarbetarna. Skolorna ser över elevfrånvaron efter synpunkter från medarbetarna.\n\n- Rektorerna diskuterar studiero för att säkra likvärdigheten.\n- Styrgruppen diskuterar systematiskt kvalitetsarbete med fokus på elevernas resultat.\n- HR-avdelningen redogör för tillgängligheten för att säkra likvärdigheten.\n- Gruppen diskuterar kompetensförsörjningen för att säkra likvärdigheten.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(36,4,NULL,5,'6','Analys av tillgängligheten','Jenny Söderberg','JS','Styrgruppen följer upp lärarnas arbetstid utifrån medskick från skolorna.',NULL,NULL);
INSERT INTO agenda_items VALUES(37,4,NULL,6,'7','Information om lokalförsörjningen','Peter Bergman','PB',replace('Ledningsgruppen redogör för betygsresultaten inom ramen för verksamhetsplanen.\n\n- Kommunikationsenheten följer upp lärarnas arbetstid efter synpunkter från medarbetarna.\n- Ledningsgruppen analyserar språkutvecklingen tillsammans med controllers.\n  - Nämnden följer upp medarbetarenkäten utifrån medskick från skolorna.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(38,4,NULL,7,'8','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(39,4,38,0,'8.1','Kontorsflytt','','HL','Helena informerar om kontorsflytt. Nämnden lyfter fram yrkesprogrammens attraktivitet tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(40,4,38,1,'8.2','Personalfest','','EE','Eva informerar om personalfest. Styrgruppen förankrar likvärdigheten tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(41,4,NULL,8,'9','Utcheckning','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(42,5,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(43,5,NULL,1,'2','Nytt från systergrupper','','','Nämnden följer upp särskilt stöd utifrån medskick från skolorna.',NULL,NULL);
INSERT INTO agenda_items VALUES(44,5,NULL,2,'3','Remiss om studiero','Rasmus Wallin','RW',replace('Avdelningen ser över IT-säkerheten tillsammans med controllers.\n\n- Förvaltningen ser över elevfrånvaron för att säkra likvärdigheten.\n- Avdelningen planerar nyanländas lärande under våren.\n- Avdelningen problematiserar lokalförsörjningen med fokus på elevernas resultat.\n- Nämnden diskuterar läsfrämjande insatser med fokus på elevernas resultat.\n','\n',char(10)),NULL,NULL);
INSERT INTO agenda_items VALUES(45,5,NULL,3,'4','Förslag gällande rekryteringen av rektorer','Elin Ekström','EE','Gruppen ser över digitaliseringen för att säkra likvärdigheten. Ledningsgruppen redogör för elevfrånvaron med fokus på elevernas resultat. Nämnden följer upp nyanländas lärande i dialog med vårdnadshavare.',NULL,NULL);
INSERT INTO agenda_items VALUES(46,5,NULL,4,'5','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(47,5,46,0,'5.1','Nätverksträff','','ÅL','Åsa informerar om nätverksträff. Elevhälsan lyfter fram yrkesprogrammens attraktivitet efter synpunkter från medarbetarna.',NULL,NULL);
INSERT INTO agenda_items VALUES(48,5,NULL,5,'6','Utcheckning','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(49,6,NULL,0,'1','Incheckning och återkoppling från föregående möte','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(50,6,NULL,1,'2','Nytt från systergrupper','','','Förvaltningen analyserar lärarnas arbetstid tillsammans med controllers. Nämnden problematiserar studiero tillsammans med controllers.',NULL,NULL);
INSERT INTO agenda_items VALUES(51,6,NULL,2,'3','Remiss om särskilt stöd','Jenny Söderberg','JS','Styrgruppen redogör för digitaliseringen under våren. Rektorerna problematiserar skolvalet i dialog med vårdnadshavare.',NULL,NULL);
INSERT INTO agenda_items VALUES(52,6,NULL,3,'4','Förslag gällande skolvalet','Jenny Söderberg','JS','Elevhälsan planerar elevfrånvaron i dialog med vårdnadshavare.',NULL,NULL);
INSERT INTO agenda_items VALUES(53,6,NULL,4,'5','Information om särskilt stöd','Jenny Lindgren','JL',replace('Elevhälsan sammanfattar skolmåltiderna efter synpunkter från medarbetarna. HR-avdelningen lyfter fram nyanländas lärande innan beslut fattas. Avdelningen planerar skolskjutsarna tillsammans med controllers. Elevhälsan redogör för särskilt stöd tillsammans med controllers.\n\n- Skolorna diskuterar kvalitetsrapporten utifrån medskick från skolorna.\n- Elevhälsan följer upp elevfrånvaron utifrån medskick från skolorna.\n- Skolorna analyserar IT-säkerheten med stöd av statistik från Skolverket.\n','\n',char(10)),'2026-06-28',NULL);
INSERT INTO agenda_items VALUES(54,6,NULL,5,'6','Remiss om lokalförsörjningen','Peter Bergman','PB',replace('Gruppen går igenom yrkesprogrammens attraktivitet med fokus på elevernas resultat. Rektorerna diskuterar budget 2027 utifrån nämndens mål. Styrgruppen diskuterar skolmåltiderna för att säkra likvärdigheten.\n\n- Arbetsgruppen diskuterar kompetensförsörjningen i dialog med vårdnadshavare.\n- Avdelningen lyfter fram verksamhetsplanen med fokus på elevernas resultat.\n- Styrgruppen diskuterar lovskolan efter synpunkter från medarbetarna.\n- Elevhälsan analyserar rekryteringen av rektorer tillsammans med controllers.\n  - Nämnden lyfter fram skolplikten för att säkra likvärdigheten.\n','\n',char(10)),'2026-07-05',NULL);
INSERT INTO agenda_items VALUES(55,6,NULL,6,'7','Uppföljning av budget 2027','Viktor Jonsson','VJ','Ledningsgruppen diskuterar skolmåltiderna med fokus på elevernas resultat. Rektorerna planerar skolmåltiderna utifrån medskick från skolorna. Skolorna analyserar skolskjutsarna efter synpunkter från medarbetarna.',NULL,NULL);
INSERT INTO agenda_items VALUES(56,6,NULL,7,'8','Kort information','','','',NULL,NULL);
INSERT INTO agenda_items VALUES(57,6,56,0,'8.1','Personalfest','','MP','Magnus informerar om personalfest. Nämnden informerar om betygsresultaten inför nästa läsår.',NULL,NULL);
INSERT INTO agenda_items VALUES(58,6,56,1,'8.2','Studiebesök','','VJ','Viktor informerar om studiebesök. HR-avdelningen planerar lovskolan inom ramen för verksamhetsplanen. Förvaltningen redogör för budget 2027 utifrån nämndens mål.',NULL,NULL);
INSERT INTO agenda_items VALUES(59,6,56,2,'8.3','Nätverksträff','','EE','Eva informerar om nätverksträff. Arbetsgruppen går igenom betygsresultaten inom ramen för verksamhetsplanen.',NULL,NULL);
INSERT INTO agenda_items VALUES(60,6,NULL,8,'9','Utcheckning','','','',NULL,NULL);
CREATE TABLE decisions (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            text TEXT NOT NULL);
INSERT INTO decisions VALUES(1,3,1,'Ledningsgruppen beslutar att låta förvaltningen samordna digitaliseringen.');
INSERT INTO decisions VALUES(2,5,2,'Ledningsgruppen beslutar att anta den reviderade planen för kvalitetsrapporten.');
INSERT INTO decisions VALUES(3,13,1,'Ledningsgruppen beslutar att anta den reviderade planen för nyanländas lärande.');
INSERT INTO decisions VALUES(4,21,1,'Ledningsgruppen beslutar att fastställa tidplanen för skolskjutsarna.');
INSERT INTO decisions VALUES(5,33,1,'Ledningsgruppen beslutar att avsätta medel för systematiskt kvalitetsarbete.');
INSERT INTO decisions VALUES(6,34,2,'Ledningsgruppen beslutar att anta den reviderade planen för elevhälsan.');
INSERT INTO decisions VALUES(7,35,3,'Ledningsgruppen beslutar att låta förvaltningen samordna tillgängligheten.');
INSERT INTO decisions VALUES(8,54,1,'Ledningsgruppen beslutar att tillsätta en arbetsgrupp för lokalförsörjningen.');
INSERT INTO decisions VALUES(9,55,2,'Ledningsgruppen beslutar att ge avdelningen mandat att driva budget 2027.');
CREATE TABLE actions (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            assignee TEXT NOT NULL DEFAULT '',
            due_date TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            origin_action_id INTEGER REFERENCES actions(id) ON DELETE SET NULL);
INSERT INTO actions VALUES(1,3,0,'Elin får i uppdrag att återkomma med en analys av digitaliseringen.','Elin Ekström','2026-05-30','done',NULL);
INSERT INTO actions VALUES(2,5,0,'Karin får i uppdrag att återkomma med en analys av kvalitetsrapporten.','Karin Fransson','2026-06-21','done',NULL);
INSERT INTO actions VALUES(3,15,0,'Viktor får i uppdrag att återkomma med en analys av språkutvecklingen.','Viktor Jonsson','2026-07-07','open',NULL);
INSERT INTO actions VALUES(4,23,0,'Åsa får i uppdrag att informera rektorerna om budget 2027.','Åsa Lundgren','2026-07-31','done',NULL);
INSERT INTO actions VALUES(5,25,0,'Åsa får i uppdrag att skicka ut underlag om nyanländas lärande.','Åsa Lundgren','2026-07-12','done',NULL);
INSERT INTO actions VALUES(6,36,0,'Viktor får i uppdrag att uppdatera rutinen för tillgängligheten.','Viktor Jonsson','2026-07-01','done',NULL);
INSERT INTO actions VALUES(7,37,0,'Jenny får i uppdrag att uppdatera rutinen för lokalförsörjningen.','Jenny Lindgren','2026-07-12','open',NULL);
INSERT INTO actions VALUES(8,51,0,'Viktor får i uppdrag att återkomma med en analys av särskilt stöd.','Viktor Jonsson','2026-07-31','open',NULL);
CREATE INDEX roster_person ON roster(person_id);
CREATE INDEX meetings_date ON meetings(meeting_date, id);
CREATE INDEX meetings_body_date ON meetings(body_id, meeting_date, id);
CREATE INDEX attendance_person ON attendance(person_id);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, parent_id, position);
CREATE INDEX agenda_items_parent ON agenda_items(parent_id);
CREATE INDEX agenda_items_deferred_from ON agenda_items(deferred_from_item_id);
CREATE INDEX decisions_item ON decisions(item_id, number);
CREATE INDEX actions_item ON actions(item_id, position);
CREATE INDEX actions_status ON actions(status, due_date);
CREATE INDEX actions_origin ON actions(origin_action_id);
COMMIT;
