// Cloud audit and logging records and cloud payloads from a held-out sample of real artifacts (CloudTrail, Entra ID
// sign-in logs, Cloud Audit Logs, Azure App Service and Functions logs, an API Gateway event, a mosquitto log; see
// test/corpora/real-artifacts, the `cloud-` files): what a developer pastes from the cloud console when a FHIR call
// fails. Written small with made-up values in the shapes those records have.
import { describe, it } from "vitest";

import { gone, kept, redact } from "./lib/redact-text";

describe("Google Cloud service accounts", () => {
  it("a service account's address is the account a call ran as: kept, while a person's principal goes", () => {
    const out = redact(
      '{"protoPayload":{"authenticationInfo":{"principalEmail":"quorvin.ashdale@clinic.example"},' +
        '"methodName":"google.iam.admin.v1.CreateServiceAccount","requestMetadata":{"callerIp":"198.51.100.23"},' +
        '"resourceName":"projects/fhir-prod/serviceAccounts/fhir-export@fhir-prod.iam.gserviceaccount.com"},' +
        '"resource":{"labels":{"email_id":"311-compute@developer.gserviceaccount.com"}}}',
    );
    gone(out, "quorvin.ashdale@clinic.example", "198.51.100.23");
    kept(
      out,
      "projects/fhir-prod/serviceAccounts/fhir-export@fhir-prod.iam.gserviceaccount.com",
      "311-compute@developer.gserviceaccount.com",
    );
  });

  it("a service account in a GenerateAccessToken delegation chain stays; an address elsewhere is still one", () => {
    const out = redact(
      "identityDelegationChain: projects/-/serviceAccounts/ci-deployer@fhir-prod.iam.gserviceaccount.com\n" +
        "notify: ci-deployer@gserviceaccount.example.org\n",
    );
    kept(out, "ci-deployer@fhir-prod.iam.gserviceaccount.com");
    gone(out, "ci-deployer@gserviceaccount.example.org");
  });
});

describe("Azure Functions and App Service logs", () => {
  it("a function named like a greeting does not make the invocation's status a name", () => {
    const out = redact(
      '{"category":"FunctionAppLogs","properties":{"message":"Executed Functions.hello (Failed, ' +
        'Id=3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e, Duration=16ms)","functionName":"Functions.hello"}}',
    );
    kept(out, "Executed Functions.hello (Failed, Id=3a4b2e78-0549-4ebc-ba4c-ee9a6bc9a04e, Duration=16ms)");
  });

  it("a greeting still names whom it greets", () => {
    gone(redact("Hello Quorvin,\nthe export fails with 403.\n"), "Quorvin");
  });

  it("App Service's content root `/home/site/wwwroot` is the platform's, a developer's home is theirs", () => {
    const out = redact(
      'File "/home/site/wwwroot/hello/__init__.py", line 22, in main\n' +
        'File "/home/qashdale/fhir-app/main.py", line 9, in handler\nlog: /home/LogFiles/Application/functions.log\n',
    );
    kept(out, "/home/site/wwwroot/hello/__init__.py", "/home/LogFiles/Application/functions.log");
    gone(out, "qashdale");
  });
});

describe("Entra ID sign-in logs", () => {
  const signIn = (identity: string, upn: string) =>
    `{"time":"2022-03-22T10:48:48.8558814Z","category":"SignInLogs","operationName":"Sign-in activity",` +
    `"identity":"${identity}","callerIpAddress":"81.2.69.143","correlationId":"20f8c7c8-6b7f-40e6-bd34-cdabdfd6381f",` +
    `"properties":{"userDisplayName":"${identity}","userPrincipalName":"${upn}","appDisplayName":"Microsoft Office",` +
    `"location":{"city":"Dagenham","countryOrRegion":"GB","geoCoordinates":{"latitude":51.550899505615234,` +
    `"longitude":0.16755999624729156}},"status":{"errorCode":0}}}`;

  it("a UPN typed with a blank goes whole, not only its last word", () => {
    const out = redact(signIn("Quorvin Ashdale", "Quorvin Ashdale@contoso.example"));
    gone(out, "Quorvin", "Ashdale", "contoso.example");
    kept(out, "20f8c7c8-6b7f-40e6-bd34-cdabdfd6381f", "Microsoft Office", "Sign-in activity");
  });

  it("the record's `identity`, the signed-in user as its properties name them, goes even in lower case", () => {
    const out = redact(signIn("quorvin testing", "qa20210901@outlook.example"));
    gone(out, "quorvin testing", "qa20210901@outlook.example");
  });

  it("an app's or a managed identity's `identity` stays", () => {
    const out = redact(
      '{"category":"AuditLogs","operationName":"Update service principal","identity":"Managed Service Identity",' +
        '"properties":{"initiatedBy":{"app":{"displayName":"Managed Service Identity"}}}}',
    );
    kept(out, '"identity":"Managed Service Identity"');
  });

  it("the coordinates a sign-in was located at go with its town; the country stays", () => {
    const out = redact(signIn("Quorvin Ashdale", "qashdale@contoso.example"));
    gone(out, "Dagenham", "51.550899505615234", "0.16755999624729156");
    kept(out, '"countryOrRegion":"GB"');
  });

  it("coordinates of no located record stay (a chart's axis, a device's calibration)", () => {
    const out = redact('{"chart":{"latitude":51.5,"longitude":0.16},"calibration":{"lat":12.25}}');
    kept(out, '"latitude":51.5', '"longitude":0.16', '"lat":12.25');
  });

  it("a Cloud Audit Logs principal typed with a blank goes whole; a service account stays", () => {
    const out = redact(
      '{"protoPayload":{"authenticationInfo":{"principalEmail":"Quorvin Ashdale@clinic.example"}}}\n' +
        '{"protoPayload":{"authenticationInfo":{"principalEmail":"exporter@fhir-prod.iam.gserviceaccount.com"}}}',
    );
    gone(out, "Quorvin", "Ashdale");
    kept(out, "exporter@fhir-prod.iam.gserviceaccount.com");
  });
});

describe("MQTT broker logs", () => {
  it("the login of mosquitto's connection line goes; the client id, the topics and the CONNACK stay", () => {
    const out = redact(
      "1662725110: New client connected from 192.168.0.2:3326 as paho1668189895026200 (p2, c1, k60, u'qashdale').\n" +
        "1662725110: Sending CONNACK to paho1668189895026200 (0, 0)\n1662725110:     fhir/alerts/# (QoS 0)\n",
    );
    gone(out, "qashdale");
    kept(out, "paho1668189895026200", "Sending CONNACK to paho1668189895026200 (0, 0)", "fhir/alerts/#");
  });

  it("mosquitto 1.x's flags without the protocol, and an MQTT 5 client", () => {
    const out = redact(
      "New client connected from 10.1.2.3 as gw-7 (c1, k60, u'tquarrie').\n" +
        "2024-07-06 21:28:03: New client connected from 172.30.32.1:53593 as 3xKsDMR5 (p5, c1, k60, u'qashdale').\n",
    );
    gone(out, "tquarrie", "qashdale");
    kept(out, "as gw-7 (c1, k60, u'", "as 3xKsDMR5 (p5, c1, k60, u'");
  });

  it("an anonymous client's line has no login to take: the client id and its flags stay", () => {
    kept(redact("New client connected from 10.1.2.3 as sensor-1 (p2, c1, k60).\n"), "as sensor-1 (p2, c1, k60).");
  });
});

describe("CloudTrail records inside other output", () => {
  it("`lookup-events`' escaped record: an assumed role's session does not stop the caller's address being read", () => {
    const record =
      '{\\"userIdentity\\":{\\"type\\":\\"AssumedRole\\",\\"arn\\":\\"arn:aws:sts::123456789012:assumed-role/fhir-ops/qashdale\\"},' +
      '\\"eventName\\":\\"ConsoleLogin\\",\\"sourceIPAddress\\":\\"72.21.198.70\\",' +
      '\\"eventID\\":\\"654ccbc0-ba0d-486a-9076-dbf7274677a7\\"}';
    const out = redact(
      `Output::\n\n  {\n    "Events": [\n       {\n           "Username": "qashdale",\n` +
        `           "CloudTrailEvent": "${record}",\n           "EventName": "ConsoleLogin"\n       }\n    ]\n  }\n`,
    );
    gone(out, "qashdale", "72.21.198.70");
    kept(out, "arn:aws:sts::123456789012:assumed-role/fhir-ops/", "654ccbc0-ba0d-486a-9076-dbf7274677a7");
  });
});

describe("cloud payloads' accounts and cookies", () => {
  it("an HTTP API event's cookies lose their values; names, attributes, route, scopes and request id stay", () => {
    const out = redact(
      '{"version":"2.0","rawPath":"/fhir/r4/Patient","cookies":["sid=k2Qz9mW4xP7v","lang=en; Path=/; Secure"],' +
        '"requestContext":{"requestId":"JKJaXmPLvHcESHA=","authorizer":{"jwt":{"scopes":["patient/Patient.read"]}}}}',
    );
    gone(out, "k2Qz9mW4xP7v");
    kept(out, "/fhir/r4/Patient", '"sid=', "; Path=/; Secure", "patient/Patient.read", "JKJaXmPLvHcESHA=");
  });

  it("Sentry's cookies, [name, value] pairs under the same key, keep their names", () => {
    kept(redact('{"request":{"cookies":[["theme","dark"],["locale","en-GB"]]}}'), '["theme",', '["locale",');
  });

  it("App Service's audit record: the user's account id goes with the address it is shown as", () => {
    const out = redact(
      '{"Category":"AppServiceAuditLogs","OperationName":"Authorization",' +
        '"Properties":{"User":"100320021ACECD34","UserDisplayName":"qashdale@clinic.example","Protocol":"AAD"}}',
    );
    gone(out, "100320021ACECD34", "qashdale@clinic.example");
    kept(out, '"Protocol":"AAD"', '"OperationName":"Authorization"');
  });

  it("a `User` key alone (a header's or an app's name for its user type) is not read as an account id", () => {
    kept(redact('{"Properties":{"User":"Member","Protocol":"AAD"}}'), '"User":"Member"');
  });
});
