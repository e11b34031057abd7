namespace Geo.Api.Models;

/// <summary>Something a run chose or noticed: a code for machines and the text in the language asked for.</summary>
public sealed record RunNoticeResponse(string Code, string Text);
