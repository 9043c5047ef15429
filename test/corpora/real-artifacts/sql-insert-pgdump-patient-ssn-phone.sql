--
-- PostgreSQL database dump
--

-- Dumped from database version 12.6
-- Dumped by pg_dump version 12.6

-- Started on 2021-04-27 17:35:02


--
-- TOC entry 2853 (class 0 OID 25376)
-- Dependencies: 210
-- Data for Name: patient; Type: TABLE DATA; Schema: public; Owner: postgres
--

INSERT INTO public.patient VALUES ('771-78-9747', 'Kirstin', 'Faldo', 'F', '739-196-6751');
INSERT INTO public.patient VALUES ('456-99-8949', 'Lindi', 'Love', 'F', '329-642-0274');
INSERT INTO public.patient VALUES ('197-04-8723', 'Dorree', 'Sennett', 'F', '151-627-6524');
INSERT INTO public.patient VALUES ('844-10-6433', 'Jill', 'Lambarth', 'F', '368-609-9849');
INSERT INTO public.patient VALUES ('617-60-3835', 'Tommi', 'Christley', 'F', '752-188-0667');
INSERT INTO public.patient VALUES ('893-57-6313', 'Serene', 'Woolmington', 'F', '857-449-9675');
INSERT INTO public.patient VALUES ('106-87-8320', 'Algernon', 'MacAlroy', 'M', '850-852-3981');
INSERT INTO public.patient VALUES ('872-40-1702', 'Giselle', 'Pople', 'F', '490-899-1301');
