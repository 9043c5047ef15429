--
-- TOC entry 4615 (class 0 OID 16697)
-- Dependencies: 229
-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.patient (cpf, full_name, birth_date, street, number, neighborhood, zip_code, city, insurance_id) FROM stdin;
00011122233	Alice Bezerra Silva	1998-12-05	Rua Cornélio Soares	15	Nossa Senhora da Penha	56903-230	Serra Talhada	1
44455566677	Roberto Ferreira Lima	1982-04-14	Rua Inocêncio Oliveira	302	Centro	56900-000	Serra Talhada	2
88899900011	Clara Maria Mendes	2010-10-30	Rua Joaquim Conrado de Lorena e Sá	77	São Cristóvão	56903-460	Serra Talhada	\N
12121212121	Fernando Costa Júnior	1975-01-08	Rua Tiburtino Nogueira	101	Ipsep	56912-010	Serra Talhada	3
34343434343	Júlia Magalhães	1992-04-15	Rua Ademar Xavier	500	Várzea	56912-340	Serra Talhada	4
\.


--
-- TOC entry 4618 (class 0 OID 16753)
-- Dependencies: 232
-- Data for Name: patientphone; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.patientphone (cpf_patient, phone) FROM stdin;
00011122233	87912345678
44455566677	87987654321
88899900011	8738312233
12121212121	87991912222
34343434343	87998983333
\.


--
-- TOC entry 4622 (class 0 OID 16800)
-- Dependencies: 236
-- Data for Name: payment; Type: TABLE DATA; Schema: public; Owner: postgres
--

COPY public.payment (id, appointment_id, amount, payment_method, payment_status) FROM stdin;
1	1	250.00	Credit Card	Paid
2	2	150.00	Insurance	Paid
3	3	300.00	Cash	Pending
4	4	250.00	Debit Card	Paid
5	5	200.00	Insurance	Pending
\.
