using System.CommandLine;
using System.Globalization;
using Geo.Cli.Output;
using Geo.Planning.Evaluation;

namespace Geo.Cli.Commands;

/// <summary>
/// <c>geo evaluate --study-area CODE (--hotspot RUN:ID | --area CODE | --place FILE) --before FROM..TO --after FROM..TO …</c>:
/// the evaluation of a measure at a place with the weighted displacement difference and quotient.
/// </summary>
public static class EvaluateCommand
{
    public static Command Build()
    {
        var studyArea = new Option<string>("--study-area") { Description = "Study area code.", Required = true };
        var hotspot = new Option<string?>("--hotspot") { Description = "The treated place: hotspot ID of stored run RUN, written RUN:ID (geo runs show RUN lists them)." };
        var area = new Option<string?>("--area") { Description = "The treated place: the area with this code (SET:CODE when the code exists in several area sets)." };
        var place = new Option<string?>("--place") { Description = "The treated place: a polygon file (GeoJSON or GeoPackage; its polygons unioned; WGS 84 unless the file declares its CRS)." };
        var controlArea = new Option<string?>("--control-area") { Description = "The control area: the area with this code (SET:CODE when ambiguous)." };
        var control = new Option<string?>("--control") { Description = "The control area: a polygon file. Default: the rest of the study area farther than two buffer widths from the treated place." };
        var buffer = new Option<double?>("--buffer") { Description = "Width of the displacement buffer zones in metres (default 250)." };
        var before = new Option<string>("--before") { Description = "The period before the measure: FROM..TO, dates YYYY-MM-DD, both inclusive.", Required = true };
        var after = new Option<string>("--after") { Description = "The period after the measure: FROM..TO (as long as the period before: the WDD assumes equal exposure).", Required = true };
        var categories = new Option<string?>("--categories") { Description = "Category codes or main groups, comma separated (default: every category)." };
        var lang = new Option<string>("--lang") { Description = "Language of the printed text: sv (Swedish, default) or en (English). --json carries both.", DefaultValueFactory = _ => "sv" };
        lang.AcceptOnlyFromAmong("sv", "en");
        var json = new Option<bool>("--json") { Description = "Print the counts, statistics, interpretation and notices as JSON." };
        var cmd = new Command("evaluate",
            "Evaluate a measure at a place: incidents before and after in the treated place, its displacement buffer zone, a\n" +
            "control area and the control's buffer zone, with the weighted displacement difference (WDD, Wheeler & Ratcliffe\n" +
            "2018: z-test, 95 % interval) and the weighted displacement quotient (WDQ, Bowers & Johnson 2003), interpreted as\n" +
            "displacement or diffusion of benefits. See docs/evaluation.md.")
        { studyArea, hotspot, area, place, controlArea, control, buffer, before, after, categories, lang, json };
        cmd.SetAction(async (p, ct) =>
        {
            var treatedGiven = new[] { p.GetValue(hotspot) is { } h ? EvaluationPlace.Hotspot(h) : null,
                p.GetValue(area) is { } a ? EvaluationPlace.Area(a) : null, p.GetValue(place) is { } f ? EvaluationPlace.File(f) : null }.OfType<EvaluationPlace>().ToList();
            if (treatedGiven.Count != 1)
                throw new ArgumentException("give the treated place with exactly one of --hotspot RUN:ID, --area CODE or --place FILE.");
            if (p.GetValue(controlArea) is not null && p.GetValue(control) is not null)
                throw new ArgumentException("give the control with at most one of --control-area CODE and --control FILE.");
            var controlPlace = p.GetValue(controlArea) is { } ca ? EvaluationPlace.Area(ca) : p.GetValue(control) is { } cf ? EvaluationPlace.File(cf) : null;
            var request = new EvaluationRequest(p.GetValue(studyArea)!, treatedGiven[0], controlPlace, p.GetValue(buffer),
                EvaluationRequest.ParsePeriod(p.GetValue(before)!, "--before"), EvaluationRequest.ParsePeriod(p.GetValue(after)!, "--after"),
                p.GetValue(categories)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            await using var geo = await CliServices.OpenAsync(ct);
            var r = await geo.Get<EvaluationService>().EvaluateAsync(request, ct);
            if (p.GetValue(json))
            {
                Json.Write(ToJson(r));
                return 0;
            }
            var language = p.GetValue(lang)!;
            var en = language == "en";
            var c = en ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("sv-SE");
            string F(double v, string format)
            {
                if (double.IsNaN(v)) return "–";
                var s = v.ToString(format, c).Replace('\u2212', '-');
                // A small negative value rounded to zero prints without its sign ("0.000", not "-0.000").
                return s.StartsWith('-') && s.AsSpan(1).IndexOfAnyExcept("0.,") < 0 ? s[1..] : s;
            }
            foreach (var n in r.Notices) Terminal.Notice(n.Text(language));
            Console.WriteLine(en
                ? $"Evaluation in study area {r.StudyAreaCode}: {r.TreatedEn} against {r.ControlEn}; before {r.Before}, after {r.After}."
                : $"Utvärdering i studieområde {r.StudyAreaCode}: {r.TreatedSv} mot {r.ControlSv}; före {r.Before}, efter {r.After}.");
            var table = Tables.Create(en ? "region" : "område", ">km²", en ? ">before" : ">före", en ? ">after" : ">efter", en ? ">change" : ">förändring");
            foreach (var x in r.Regions)
                table.Row(x.Label(language), F(x.AreaKm2, "0.000"), x.Before.ToString("N0", c), x.After.ToString("N0", c), x.Change.ToString("+#,0;-#,0;0", c));
            Tables.Write(en ? "Incidents per region and period:" : "Händelser per område och period:", table);
            var w = r.Wdd;
            var stats = Tables.Create(en ? "measure" : "mått", ">" + (en ? "value" : "värde"));
            stats.Row("WDD = ΔT − ΔC + ΔD − ΔDC", F(w.Statistic, "0"));
            stats.Row(en ? "standard error (√ sum of the 8 counts)" : "standardfel (√ summan av de 8 antalen)", F(w.StandardError, "0.00"));
            stats.Row("z", F(w.Z, "0.00"));
            stats.Row(en ? "p (two-sided)" : "p (tvåsidigt)", F(w.P, "0.0000"));
            stats.Row(en ? "95 % interval" : "95 % intervall", $"{F(w.Lower, "0")} – {F(w.Upper, "0")}");
            stats.Row(en ? "local part ΔT − ΔC (z)" : "lokal del ΔT − ΔC (z)", $"{F(w.Local, "0")} ({F(w.LocalZ, "0.00")})");
            stats.Row(en ? "displacement part ΔD − ΔDC (z)" : "förskjutningsdel ΔD − ΔDC (z)", $"{F(w.Displacement ?? double.NaN, "0")} ({F(w.DisplacementZ, "0.00")})");
            stats.Row(en ? "success measure Ra/Ca − Rb/Cb" : "framgångsmått Ra/Ca − Rb/Cb", F(r.Wdq.SuccessMeasure, "0.000"));
            stats.Row(en ? "buffer displacement measure Da/Ca − Db/Cb" : "buffertmått Da/Ca − Db/Cb", F(r.Wdq.BufferDisplacementMeasure, "0.000"));
            stats.Row("WDQ", F(r.Wdq.Statistic, "0.00"));
            Tables.Write(en ? "Weighted displacement difference (Wheeler & Ratcliffe 2018) and quotient (Bowers & Johnson 2003):"
                : "Viktad förskjutningsdifferens (WDD, Wheeler & Ratcliffe 2018) och förskjutningskvot (WDQ, Bowers & Johnson 2003):", stats);
            Console.WriteLine(r.InterpretationText(language));
            return 0;
        });
        return cmd;
    }

    /// <summary>The result as JSON: undefined numbers (NaN) as null, both languages.</summary>
    private static object ToJson(EvaluationResult r)
    {
        static double? N(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : v;
        var w = r.Wdd;
        return new
        {
            r.StudyAreaCode,
            treated = new { sv = r.TreatedSv, en = r.TreatedEn },
            control = new { sv = r.ControlSv, en = r.ControlEn },
            r.BufferMetres,
            before = new { from = r.Before.From, to = r.Before.To, days = r.Before.Days },
            after = new { from = r.After.From, to = r.After.To, days = r.After.Days },
            r.Categories,
            regions = r.Regions.Select(x => new { x.Code, x.LabelSv, x.LabelEn, x.AreaKm2, x.Before, x.After, x.Change }),
            wdd = new
            {
                statistic = N(w.Statistic), variance = N(w.Variance), standardError = N(w.StandardError), z = N(w.Z), p = N(w.P),
                lower = N(w.Lower), upper = N(w.Upper), w.ConfidenceLevel, local = N(w.Local), localVariance = N(w.LocalVariance), localZ = N(w.LocalZ),
                displacement = w.Displacement, displacementVariance = w.DisplacementVariance, displacementZ = N(w.DisplacementZ), w.Undefined,
            },
            wdq = new { statistic = N(r.Wdq.Statistic), successMeasure = N(r.Wdq.SuccessMeasure), bufferDisplacementMeasure = N(r.Wdq.BufferDisplacementMeasure), r.Wdq.Undefined },
            interpretation = new
            {
                r.Interpretation.Class, quotient = N(r.Interpretation.Quotient), r.Interpretation.ExceedsDirectEffect, r.Interpretation.BufferSignificant,
                r.Interpretation.NeitherThreshold, sv = r.InterpretationSv, en = r.InterpretationEn,
            },
            r.Notices,
        };
    }
}
