// A person's name under the keys and labels other languages give it (person-name-keys.ts): one table read by the JSON
// reader and by the text scans, so a name goes whether the record is JSON, a form body or a label line, and the word
// for "name" alone (`nombre`, `nome`, `nom`) names a person only beside a person's other keys, as English `name` does.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("names under other languages' keys go", () => {
  it("an Italian patient lookup's nome and cognome, with the fiscal code's neighbours kept", () => {
    expectRedacted(
      '{"nome": "Giulia", "cognome": "Bernardi", "data_di_nascita": "14/07/1985", "esito": "NON_TROVATO"}',
      ["Giulia", "Bernardi", "14/07/1985"],
      ['"esito": "NON_TROVATO"'],
    );
  });

  it("a German record's Vorname and Nachname in camel case and capitals", () => {
    expectRedacted(
      '{"patientVorname": "x", "Vorname": "Klaus-Dieter", "NACHNAME": "Oberländer", "status": 404}',
      ["Klaus-Dieter", "Oberländer"],
      ['"status": 404'],
    );
  });

  it("a Dutch voornaam and achternaam in a form body", () => {
    expectRedacted(
      "POST /aanmelden HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nvoornaam=Maarten&achternaam=Veenstra&scope=openid",
      ["Maarten", "Veenstra"],
      ["scope=openid"],
    );
  });

  it("label lines of a Spanish intake (Nombre and Apellidos), the labels kept", () => {
    expectRedacted(
      "Paciente:\nNombre: Lucía Fernanda\nApellidos: Ortega Ruiz\nError: 401 invalid_token",
      ["Lucía Fernanda", "Ortega Ruiz"],
      ["Nombre:", "Apellidos:", "Error: 401 invalid_token"],
    );
  });

  it("a Portuguese full name with its particles (nome_completo)", () => {
    expectRedacted(
      '{"nome_completo": "Ana Beatriz dos Santos", "situacao": "ativo"}',
      ["Beatriz", "Santos"],
      ['"situacao": "ativo"'],
    );
  });
});

describe("the word for name alone still names things", () => {
  it("a hospital's or a file's nombre, nome or nom stays without a person's keys beside it", () => {
    expectRedacted(
      '{"nombre": "Hospital General", "estado": "activo"}\n{"nome": "Relatorio Mensal", "tipo": "pdf"}\nnom: Rapport Annuel',
      [],
      ['"nombre": "Hospital General"', '"nome": "Relatorio Mensal"', "nom: Rapport Annuel"],
    );
  });
});

describe("a person-name key as a form's label in an error message", () => {
  it("Spanish and Italian validation errors keep their text, the name given under the same label goes", () => {
    expectRedacted(
      "400 Bad Request: Apellidos: es obligatorio; Cognome: campo richiesto\nPrénom: Ludivine",
      ["Ludivine"],
      ["Apellidos: es obligatorio", "Cognome: campo richiesto"],
    );
  });
});

describe("a person's name key inside a form's brackets", () => {
  it("Rails' nested and Ransack's search keys go, a product's filter[name] stays", () => {
    expectRedacted(
      "curl -X POST https://clinic.example/patients -d 'patient%5Bapellidos%5D=Etxeberria+Aranburu&patient%5Bnombre%5D=Miren'\n" +
        "GET /admin/users?q[last_name_cont]=Wr%C3%B3bel&filter[name]=growth-chart-app",
      ["Etxeberria", "Wr%C3%B3bel"],
      ["filter[name]=growth-chart-app"],
    );
  });
});

describe("the word for name beside a person's national number", () => {
  it("a Spanish record's nombre beside a DNI, an Italian one's nome beside a codice fiscale", () => {
    expectRedacted(
      JSON.stringify(
        [
          { nombre: "Itziar Goikoetxea", dni: "12345678Z", centro: "Hospital Donostia" },
          { nome: "Gianluca Ferraresi", codice_fiscale: "FRRGLC80A01H501U" },
          { nombre: "Paracetamol 1 g", codigo: "662145" },
        ],
        null,
        2,
      ),
      ["Itziar Goikoetxea", "Gianluca Ferraresi"],
      ['"nombre": "Paracetamol 1 g"', "Hospital Donostia"],
    );
  });
});

describe("a person's chosen name", () => {
  it("a social_name in a form and a socialName in JSON go", () => {
    expectRedacted(
      'GET https://portal.example.br/cadastro?social_name=Luana+Ribeiro&cidade=Recife\n{"socialName": "Dandara Moura"}',
      ["Luana", "Dandara Moura"],
    );
  });
});
