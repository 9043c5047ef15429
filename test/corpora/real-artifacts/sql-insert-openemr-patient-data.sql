INSERT INTO openemr.patient_data
(id, uuid, title, fname, lname, mname, DOB, postal_code, city, street, country_code, drivers_license, ss, phone_cell, status, sex, email, pubpid, pid, pricelevel, deceased_date)
VALUES(1, 0x717D1BF68665396BB2E382B136B89652, 'Mr.', 'Albert', 'Sibal', 'M', '1993-09-20', '212316', 'Thiruvananthapuram', '62 Mowgli Society Cyber City', 'India', '7279817037', '7780-9023-1020', '+91 429 7533182', 'married', 'Male', 'gowri.badal@gmail.com', 'MRN95501', 4084246210, 'standard', NULL);
INSERT INTO openemr.patient_data
(id, uuid, title, fname, lname, mname, DOB, postal_code, city, street, country_code, drivers_license, ss, phone_cell, status, sex, email, pubpid, pid, pricelevel, deceased_date)
VALUES(2, 0xF370A6C3739446520995D1AA95EF9059, 'Mr.', 'Preet', 'Mitter', 'K', '1999-06-26', '253939', 'Agra', '39 Hira Chowk Agra', 'India', '5765160171', '1761-5643-8976', '+91 654 8091854', 'married', 'Male', 'xrege@gmail.com', 'MRN95502', 4084246211, 'standard', NULL);
