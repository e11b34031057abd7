namespace Geo.Sample;

/// <summary>
/// The planted time profile of a hotspot's extra incidents: with probability <see cref="Share"/> an extra incident falls
/// in <see cref="Window"/> (an hour of the window drawn uniformly, then a uniform minute); otherwise its hour follows the
/// category's usual profile on the day drawn from the hotspot's rate, which may also fall in the window.
/// </summary>
/// <param name="Description">What the window stands for, in words.</param>
/// <param name="Window">The planted window.</param>
/// <param name="Share">Planted probability that an extra incident is put in the window.</param>
public sealed record TimeProfile(string Description, WeeklyWindow Window, double Share);
