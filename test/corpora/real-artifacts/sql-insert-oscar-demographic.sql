-- 1
INSERT INTO `demographic`
(
 title, last_name, first_name, address, city, province, postal, phone, phone2,
 email, myOscarUserName, year_of_birth, month_of_birth, date_of_birth, hin,
 ver, roster_status, roster_date, roster_termination_date,
 roster_termination_reason, patient_status, patient_status_date, date_joined,
 chart_no, official_lang, spoken_lang, provider_no, sex, end_date, eff_date,
 pcn_indicator, hc_type, hc_renew_date, family_doctor, alias, previousAddress,
 children, sourceOfIncome, citizenship, sin, country_of_origin, newsletter,
 anonymous, lastUpdateUser, lastUpdateDate
)
VALUES
-- Patient Name: John Cleese
-- Description: Complex patient on many cardiac medications
(
 'MR','CLEESE','JOHN','','','BC','','250-000-0001','',
 '',NULL,'1940','09','25','448000001',
 '','',NULL,NULL,
 '','AC','2013-09-25','2013-09-25',
 '','English','','999998','M',NULL,NULL,
 NULL,'BC',NULL,'<rdohip></rdohip><rd></rd>',NULL,NULL,
 NULL,NULL,NULL,'','-1','Unknown',
 NULL,'999998','2013-09-26 00:00:00'
);
