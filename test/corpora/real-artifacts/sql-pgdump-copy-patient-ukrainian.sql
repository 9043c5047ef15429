--
-- TOC entry 4915 (class 0 OID 16403)
-- Dependencies: 220
-- Data for Name: hospital; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.hospital (id, name, address) FROM stdin;
1	Луцька районна лікарня	100, вулиця Теремнівська, Липини
2	Волинська обласна клінічна лікарня	проспект Президента Грушевського, 21, Луцьк
\.


--
-- TOC entry 4912 (class 0 OID 16388)
-- Dependencies: 217
-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.patient (id, name, surname, "day of birth", phone) FROM stdin;
1	Захар	Косарук	2006-03-04	0956033234
2	Аміна	Ватраль	2004-04-23	0979544653
3	Сергій	Косарук	1964-03-05	0661436232
\.
