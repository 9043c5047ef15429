;; The response looks like this:
;; <pre>
;; {:cached nil,
;;  :request-time 381,
;;  :repeatable? false,
;;  :protocol-version {:name "HTTP", :major 1, :minor 1},
;;  :streaming? true,
;;  :chunked? false,
;;  :reason-phrase "Created",
;;  :headers
;;  {"X-CouchDB-Body-Time" "0",
;;   "X-Couch-Request-ID" "27182a3f7c",
;;   "Location" "http://localhost:5984/_users/org.couchdb.user:wwwww",
;;   "Date" "Sun, 11 Dec 2022 10:53:37 GMT",
;;   "ETag" "\"1-07fd1aae324a51caaa14f91beec78c50\"",
;;   "Cache-Control" "must-revalidate",
;;   "Content-Length" "85",
;;   "Server" "CouchDB/3.2.2 (Erlang OTP/23)",
;;   "Content-Type" "application/json",
;;   "Connection" "close"},
;;  :orig-content-encoding nil,
;;  :status 201,
;;  :length 85,
;;  :body
;;  "{\"ok\":true,\"id\":\"org.couchdb.user:wwwww\",\"rev\":\"1-07fd1aae324a51caaa14f91beec78c50\"}\n",
;;  :trace-redirects []}
;; </pre>

;; <pre>
;; {
;;   _id: org.couchdb.user:wactbprot@gmail.com,
;;   _rev: 1-991b0fa43605bdd2d7e9679400d0d366,
;;   name: wactbprot@gmail.com,
;;   roles: [],
;;   type: user,
;;   password_scheme: pbkdf2,
;;   iterations: 10,
;;   derived_key: 79908b31d412a87240bd7e733225f6d93c5125d8,
;;   salt: 297ab114fcd91ac3ffd3d88a79189bae
;;  }
;; </pre>
