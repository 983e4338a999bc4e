// Setup of the `unit` project (files named *.unit.test.ts): pure rules that
// need no database run once, not once per engine. Should such a file reach
// for a database after all, it finds one that refuses the connection, and
// fails loudly instead of opening an embedded one in the working tree.
import "./test-env";

process.env.DATABASE_URL = "postgresql://unit-tests-have-no-database@127.0.0.1:9/none?connect_timeout=1";
process.env.DATA_DIR = "/nonexistent/unit-tests-have-no-database";
