--
-- TOC entry 2935 (class 0 OID 25124)
-- Dependencies: 208
-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.patient (ssn, name, address, phone, insuranceid, pcp) FROM stdin;
100000001	John Smith	42 Foobar Lane	555-0256	68476213	1
100000002	Grace Ritchie	37 Snafu Drive	555-0512	36546321	2
100000003	Random J. Patient	101 Omgbbq Street	555-1204	65465421	2
100000004	Dennis Doe	1100 Foobaz Avenue	555-2048	68421879	3
\.


--
-- TOC entry 2930 (class 0 OID 25065)
-- Dependencies: 203
-- Data for Name: physician; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.physician (employeeid, name, "position", ssn) FROM stdin;
1	John Dorian	Staff Internist	111111111
2	Elliot Reid	Attending Physician	222222222
3	Christopher Turk	Surgical Attending Physician	333333333
4	Percival Cox	Senior Attending Physician	444444444
5	Bob Kelso	Head Chief of Medicine	555555555
6	Todd Quinlan	Surgical Attending Physician	666666666
7	John Wen	Surgical Attending Physician	777777777
8	Keith Dudemeister	MD Resident	888888888
9	Molly Clock	Attending Psychiatrist	999999999
\.


--
-- TOC entry 2939 (class 0 OID 25176)
-- Dependencies: 212
-- Data for Name: prescribes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.prescribes (physician, patient, medication, date, appointment, dose) FROM stdin;
1	100000001	1	2008-04-24 10:47:00	13216584	5
9	100000004	2	2008-04-27 10:53:00	86213939	10
9	100000004	2	2008-04-30 16:53:00	\N	5
\.
