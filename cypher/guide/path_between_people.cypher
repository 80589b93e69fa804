// The shortest paths between two people ($from, $to: names) through entities only
MATCH path = ALL SHORTEST (a:Person {name: $from}) (()--(:Entity)){1,8} (b:Person {name: $to})
RETURN path
