namespace Geo.Planning.Measures;

/// <summary>
/// One short evidence note in one EMMIE dimension of the College of Policing's Crime Reduction Toolkit (effect,
/// mechanism, moderators, implementation, economic_cost; see <see cref="MeasureVocabulary.EvidenceDimensions"/>), with the
/// id of its source in the catalogue's source list.
/// </summary>
public sealed record MeasureEvidence(string Dimension, string NoteSv, string NoteEn, string Source)
{
    public string Note(string lang) => lang == "en" ? NoteEn : NoteSv;
}
