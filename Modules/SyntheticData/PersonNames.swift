/// Invented names for workers and foster carers, drawn from the mix of names found in England.
///
/// Any resemblance to a real practitioner is chance: names pair a first name and a surname at
/// random, and nothing else about a real person is attached.
enum PersonNames {
    static let femaleFirstNames = [
        "Jane", "Amina", "Priya", "Siobhan", "Sarah", "Emma", "Chloe", "Aisha", "Fatima", "Grace", "Hannah",
        "Ewa", "Zofia", "Megan", "Sophie", "Laura", "Rachel", "Claire", "Helen", "Joanne", "Nicola", "Kerry",
        "Gemma", "Natalie", "Lucy", "Samantha", "Victoria", "Rebecca", "Emily", "Charlotte", "Jessica",
        "Olivia", "Ruth", "Ngozi", "Chiamaka", "Adaeze", "Tendai", "Nadia", "Leila", "Mei", "Anjali", "Deepa",
        "Sunita", "Harpreet", "Kemi", "Folake", "Agnieszka", "Katarzyna", "Marta", "Ioana", "Elena", "Maria",
        "Niamh", "Aoife", "Ciara", "Bethan", "Ffion", "Isla", "Freya", "Holly", "Jade", "Leanne", "Stacey",
        "Donna", "Julie", "Karen", "Tracey", "Angela", "Yvonne", "Lorraine", "Denise", "Gillian", "Janet",
        "Abigail", "Zainab", "Maryam", "Precious", "Blessing", "Esther", "Hollie", "Kirsty", "Amy", "Kate"
    ]

    static let maleFirstNames = [
        "David", "James", "Daniel", "Kwame", "Ravi", "Tomasz", "Oluwaseun", "Mohammed", "Liam", "Rhys", "Mark",
        "Paul", "Andrew", "Michael", "Peter", "Simon", "Richard", "Stephen", "Tom", "Chris", "Ben", "Adam",
        "Sam", "Imran", "Bilal", "Tariq", "Yusuf", "Hassan", "Marcus", "Andre", "Kofi", "Sean", "Connor",
        "Owen", "Gareth", "Dylan", "Callum", "Fraser", "Jamal", "Emeka", "Tunde", "Piotr", "Mihai", "Luca",
        "Arjun", "Sanjay", "Gurpreet", "Wei", "Jason", "Lee", "Craig", "Darren", "Wayne", "Gary", "Neil",
        "Ian", "Kevin", "Robert", "John", "Matthew", "Joseph", "Samuel", "Aaron", "Nathan", "Jordan", "Kyle"
    ]

    static let surnames = [
        "Okafor", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson",
        "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson",
        "Clarke", "Patel", "Khan", "Begum", "Ahmed", "Ali", "Hussain", "Shah", "Singh", "Kaur", "Sharma",
        "Chowdhury", "Rahman", "Iqbal", "Malik", "Mahmood", "Akhtar", "Nowak", "Kowalczyk", "Popescu",
        "Ionescu", "Silva", "Santos", "Ferreira", "O'Brien", "Murphy", "Kelly", "Byrne", "Walsh", "McCarthy",
        "Campbell", "Stewart", "MacDonald", "Reid", "Murray", "Mensah", "Boateng", "Owusu", "Asante",
        "Adeyemi", "Adebayo", "Okonkwo", "Eze", "Nwosu", "Mwangi", "Otieno", "Mohamed", "Abdi", "Osman",
        "Chen", "Wang", "Zhang", "Nguyen", "Tran", "Fernandes", "D'Souza", "Pereira", "Costa", "Rossi",
        "Novak", "Cohen", "Morgan", "Hughes", "Lewis", "Edwards", "Harris", "Martin", "Cooper", "King",
        "Lee", "Turner", "Hill", "Scott", "Moore", "Ward", "Baker", "Carter", "Phillips", "Mitchell",
        "Parker", "Bennett", "Shaw", "Holmes", "Fletcher", "Barker", "Marsh", "Whitfield", "Atkinson",
        "Lloyd", "Price", "Bailey", "Bell", "Cox", "Richardson", "Howard", "Fisher", "Gray", "Knight",
        "Ellis", "Mason", "Webb", "Grant", "Hamilton", "Chapman", "Palmer", "Hunt", "Fox", "Stone", "Marshall"
    ]

    /// A first name, female about four times in five as in the social work workforce.
    static func workforceFirstName(using random: inout SeededRandom) -> String {
        random.chance(0.8) ? random.element(of: femaleFirstNames) : random.element(of: maleFirstNames)
    }
}
