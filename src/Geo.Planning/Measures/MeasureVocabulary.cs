namespace Geo.Planning.Measures;

/// <summary>
/// The fixed value lists of the measure catalogue (those the plan computes with; place types and actors are declared in
/// the file itself). Documented in <c>data/measures/README.md</c>.
/// </summary>
public static class MeasureVocabulary
{
    public const string SocialGroup = "social";

    /// <summary>The 25 techniques of Cornish &amp; Clarke (2003), five per group, then the social-prevention categories.</summary>
    public static readonly IReadOnlyList<MeasureTechnique> Techniques =
    [
        new("target_hardening", "increase_effort", "Försvåra åtkomsten (målhärdning)", "Target harden"),
        new("control_access", "increase_effort", "Kontrollera tillträdet", "Control access to facilities"),
        new("screen_exits", "increase_effort", "Kontrollera utgångar", "Screen exits"),
        new("deflect_offenders", "increase_effort", "Avleda gärningspersoner", "Deflect offenders"),
        new("control_tools", "increase_effort", "Kontrollera verktyg och vapen", "Control tools/weapons"),
        new("extend_guardianship", "increase_risks", "Utöka bevakningen", "Extend guardianship"),
        new("assist_natural_surveillance", "increase_risks", "Underlätta naturlig övervakning", "Assist natural surveillance"),
        new("reduce_anonymity", "increase_risks", "Minska anonymiteten", "Reduce anonymity"),
        new("utilize_place_managers", "increase_risks", "Använda platsansvariga", "Utilize place managers"),
        new("strengthen_formal_surveillance", "increase_risks", "Stärka formell övervakning", "Strengthen formal surveillance"),
        new("conceal_targets", "reduce_rewards", "Dölja brottsobjekt", "Conceal targets"),
        new("remove_targets", "reduce_rewards", "Ta bort brottsobjekt", "Remove targets"),
        new("identify_property", "reduce_rewards", "Märka egendom", "Identify property"),
        new("disrupt_markets", "reduce_rewards", "Störa marknader", "Disrupt markets"),
        new("deny_benefits", "reduce_rewards", "Förneka vinster", "Deny benefits"),
        new("reduce_frustration_stress", "reduce_provocations", "Minska frustration och stress", "Reduce frustrations and stress"),
        new("avoid_disputes", "reduce_provocations", "Undvika konflikter", "Avoid disputes"),
        new("reduce_emotional_arousal", "reduce_provocations", "Minska känslomässig upphetsning", "Reduce emotional arousal"),
        new("neutralize_peer_pressure", "reduce_provocations", "Neutralisera grupptryck", "Neutralize peer pressure"),
        new("discourage_imitation", "reduce_provocations", "Motverka efterapning", "Discourage imitation"),
        new("set_rules", "remove_excuses", "Fastställa regler", "Set rules"),
        new("post_instructions", "remove_excuses", "Sätta upp anvisningar", "Post instructions"),
        new("alert_conscience", "remove_excuses", "Väcka samvetet", "Alert conscience"),
        new("assist_compliance", "remove_excuses", "Underlätta regelefterlevnad", "Assist compliance"),
        new("control_drugs_alcohol", "remove_excuses", "Kontrollera droger och alkohol", "Control drugs and alcohol"),
        new("field_work", SocialGroup, "Fältarbete och uppsökande arbete", "Field work and outreach"),
        new("leisure", SocialGroup, "Meningsfull fritid", "Structured leisure"),
        new("family_support", SocialGroup, "Föräldra- och familjestöd", "Parent and family support"),
        new("school_cooperation", SocialGroup, "Skola och samverkan kring unga", "School and cooperation around young people"),
        new("mentoring", SocialGroup, "Mentorskap", "Mentoring"),
        new("community", SocialGroup, "Lokalsamhälle och boende", "Community and residents"),
        new("employment", SocialGroup, "Arbete och sysselsättning", "Work and employment"),
        new("individual_support", SocialGroup, "Individuellt stöd och påverkan", "Individual support and deterrence"),
    ];

    /// <summary>Times a measure fits: any; daytime 06–18; evening 18–22; night 22–06; weekday Mon–Fri; weekend Fri 18 – Sun 24; school_term; summer_holiday.</summary>
    public static readonly IReadOnlyList<MeasureLabel> Times =
    [
        new("any", "Alla tider", "Any time"),
        new("daytime", "Dagtid 06–18", "Daytime 06–18"),
        new("evening", "Kväll 18–22", "Evening 18–22"),
        new("night", "Natt 22–06", "Night 22–06"),
        new("weekday", "Vardag mån–fre", "Weekday Mon–Fri"),
        new("weekend", "Helg fre 18 – sön 24", "Weekend Fri 18 – Sun 24"),
        new("school_term", "Skoltermin", "School term"),
        new("summer_holiday", "Sommarlov", "Summer holiday"),
    ];

    /// <summary>
    /// The follow-up indicators a plan can compute from a stored run, for the problem's category group, place and (where
    /// given) time window.
    /// </summary>
    public static readonly IReadOnlyList<MeasureLabel> Indicators =
    [
        new("incidents", "Antal händelser i problemets kategorigrupp på platsen, per månad",
            "Incidents of the problem's category group at the place, per month"),
        new("incidents_in_window", "Antal händelser i problemets kategorigrupp på platsen under problemets timmar, per månad",
            "Incidents of the problem's category group at the place within the problem's hours, per month"),
        new("repeat_share", "Andel händelser på adresser eller celler som drabbats tidigare under perioden",
            "Share of incidents at addresses or cells hit before in the period"),
        new("hot_cells", "Antal signifikanta hotspotceller i problemets kategorigrupp i området",
            "Number of significant hotspot cells of the problem's category group in the area"),
        new("coverage_gap_share", "Andel av problemets händelser som sker där och när ingen resurs är på plats",
            "Share of the problem's incidents at places and hours no resource covers"),
    ];

    /// <summary>The EMMIE dimensions of the College of Policing's Crime Reduction Toolkit.</summary>
    public static readonly IReadOnlyList<MeasureLabel> EvidenceDimensions =
    [
        new("effect", "Effekt", "Effect"),
        new("mechanism", "Mekanism", "Mechanism"),
        new("moderators", "Moderatorer (var och för vem)", "Moderators (where and for whom)"),
        new("implementation", "Genomförande", "Implementation"),
        new("economic_cost", "Kostnad", "Economic cost"),
    ];

    public static readonly IReadOnlyDictionary<string, MeasureKind> Kinds =
        new Dictionary<string, MeasureKind>(StringComparer.Ordinal) { ["situational"] = MeasureKind.Situational, ["social"] = MeasureKind.Social };

    public static readonly IReadOnlyDictionary<string, MeasureWork> Work =
        new Dictionary<string, MeasureWork>(StringComparer.Ordinal) { ["engång"] = MeasureWork.OneOff, ["ordinarie"] = MeasureWork.Ordinary };

    public static readonly IReadOnlyDictionary<string, MeasureHorizon> Horizons =
        new Dictionary<string, MeasureHorizon>(StringComparer.Ordinal) { ["short"] = MeasureHorizon.Short, ["long"] = MeasureHorizon.Long };

    public static string Code(MeasureKind kind) => kind == MeasureKind.Situational ? "situational" : "social";

    public static string Code(MeasureWork work) => work == MeasureWork.OneOff ? "engång" : "ordinarie";

    public static string Code(MeasureHorizon horizon) => horizon == MeasureHorizon.Short ? "short" : "long";

    public static MeasureTechnique? Technique(string code) => Techniques.FirstOrDefault(t => t.Code == code);
}
