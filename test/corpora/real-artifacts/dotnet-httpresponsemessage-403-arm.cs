            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, requestUrl);
            HttpResponseMessage response = await httpClient.SendAsync(request);
            /* {StatusCode: 403, ReasonPhrase: 'Forbidden', Version: 1.1, Content: System.Net.Http.StreamContent, Headers:
                {
                    Pragma: no - cache
                  x - ms - failure - cause: gateway
                  x - ms - request - id: 2a7b5da1 - 8963 - 4e0c - 9e7c - c277d4c784b3
                  x - ms - correlation - request - id: 2a7b5da1 - 8963 - 4e0c - 9e7c - c277d4c784b3
                  x - ms - routing - request - id: EASTUS: 20170504T200623Z: 2a7b5da1 - 8963 - 4e0c - 9e7c - c277d4c784b3
                  Strict - Transport - Security: max - age = 31536000; includeSubDomains
              Connection: close
                  Cache - Control: no - cache
                  Date: Thu, 04 May 2017 20:06:22 GMT
                  Content - Length: 309
                  Content - Type: application / json; charset = utf - 8
                  Expires: -1
                }
            }*/
