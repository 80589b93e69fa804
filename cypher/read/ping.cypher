// Does the database answer?
RETURN 1 AS ok
