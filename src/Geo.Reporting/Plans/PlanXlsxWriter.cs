using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Geo.Planning.Plans;

namespace Geo.Reporting.Plans;

/// <summary>
/// Writes a plan as an Excel workbook the group can edit: the sheet "Åtgärdsplan" / "Action plan" in Brå's template (one
/// row per plan row, the template's combined columns split into typed ones: the baseline a number, the goal change a
/// percentage, the deadline and review dates real dates), a bold frozen header row, an auto filter, drop-down lists for
/// Status and Uppföljning with green/yellow/red fills; a "Uppföljning" / "Follow-up" sheet when a follow-up is given; and
/// a "Metadata" sheet (plan, run, study area, who drafted it and when, review date, Geo's version, language, the note that
/// causes are hypotheses, the status codes).
/// </summary>
internal static class PlanXlsxWriter
{
    /// <summary>The 0-based columns of the plan sheet that carry the drop-down lists.</summary>
    public const int StatusColumn = 15, FollowUpColumn = 16;

    public static void Write(Stream stream, Plan plan, PlanFollowUp? followUp, string geoVersion, CancellationToken ct)
    {
        var l = PlanLabels.For(plan.Lang);
        var sheets = new List<XlsxSheetBuilder> { PlanSheet(plan, l, ct) };
        if (followUp is not null) sheets.Add(FollowUpSheet(followUp, l, ct));
        sheets.Add(MetadataSheet(plan, followUp, l, geoVersion));
        ct.ThrowIfCancellationRequested();

        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        doc.PackageProperties.Title = plan.Title;
        doc.PackageProperties.Creator = plan.CreatedBy;
        doc.PackageProperties.Created = plan.CreatedAt.UtcDateTime;
        doc.PackageProperties.Language = l.Lang;

        var workbookPart = doc.AddWorkbookPart();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        XlsxPartWriter.Save(styles, XlsxStylesheet.Build());

        var sheetList = new Sheets();
        var names = new DefinedNames();
        for (var k = 0; k < sheets.Count; k++)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>();
            XlsxPartWriter.Save(part, sheets[k].Build());
            sheetList.Append(new Sheet { Name = sheets[k].Name, SheetId = (uint)k + 1, Id = workbookPart.GetIdOfPart(part) });
            if (sheets[k].AutoFilter)
            {
                names.Append(new DefinedName($"'{sheets[k].Name}'!{sheets[k].TableRange}")
                    { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)k, Hidden = true });
            }
            names.Append(new DefinedName($"'{sheets[k].Name}'!$1:$1") { Name = "_xlnm.Print_Titles", LocalSheetId = (uint)k });
        }
        XlsxPartWriter.Save(workbookPart, new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0 }),
            sheetList,
            names,
            new CalculationProperties { CalculationId = 191029 }));
    }

    private static XlsxSheetBuilder PlanSheet(Plan plan, PlanLabels l, CancellationToken ct)
    {
        var s = new XlsxSheetBuilder(l.PlanSheet) { FreezeHeader = true, AutoFilter = true };
        s.Header(
            l.Number, l.Problem, l.Cause, l.Measure, l.Goal, l.IndicatorAndBaseline, l.Baseline, l.GoalChange, l.Deadline, l.Review,
            l.Who, l.ActorTypes, l.TypeKind, l.TypeWork, l.TypeHorizon, l.Status, l.FollowUp, l.Notes,
            l.MatchReason, l.MatchScore, l.CauseCode, l.MeasureId, l.RowId, l.Version, l.Updated, l.UpdatedBy);
        foreach (var r in plan.Rows.OrderBy(r => r.Position))
        {
            ct.ThrowIfCancellationRequested();
            var i = r.Indicator;
            s.Row(
                XlsxValue.Integer(r.Position),
                XlsxValue.Text(r.Problem),
                XlsxValue.Text(r.Cause),
                XlsxValue.Text(r.Measure),
                XlsxValue.Text(r.Goal),
                XlsxValue.Text(l.IndicatorText(i)),
                XlsxValue.Number(i.Baseline, ShareStyle(i.Code)),
                XlsxValue.Number(i.GoalChange, XlsxStyle.Percent),
                XlsxValue.Date(r.Deadline),
                XlsxValue.Date(r.ReviewDate),
                XlsxValue.Text(r.Responsible),
                XlsxValue.Text(string.Join(", ", r.Actors)),
                XlsxValue.Text(l.KindLabel(r.Kind)),
                XlsxValue.Text(l.WorkLabel(r.Work)),
                XlsxValue.Text(l.HorizonLabel(r.Horizon)),
                XlsxValue.Text(l.StatusLabel(r.Status)),
                XlsxValue.Text(l.ColourLabel(r.FollowUpStatus)),
                XlsxValue.Text(r.Notes),
                XlsxValue.Text(r.MatchReason),
                XlsxValue.Number(r.MatchScore),
                XlsxValue.Text(r.CauseCode),
                XlsxValue.Text(r.MeasureId),
                XlsxValue.Integer(r.Id),
                XlsxValue.Integer(r.Version),
                XlsxValue.Time(r.UpdatedAt),
                XlsxValue.Text(r.UpdatedBy));
        }
        var statuses = l.Statuses.Select(x => x.Label).ToList();
        var colours = l.Colours.Select(x => x.Label).ToList();
        s.Validation(StatusColumn, statuses, "Status",
            (l.Swedish ? "Välj: " : "Choose: ") + string.Join(", ", statuses),
            (l.Swedish ? "Status ska vara ett av: " : "Status must be one of: ") + string.Join(", ", statuses));
        s.Validation(FollowUpColumn, colours, l.Swedish ? "Uppföljning" : "Follow-up",
            (l.Swedish ? "Välj: " : "Choose: ") + string.Join(", ", colours),
            (l.Swedish ? "Uppföljning ska vara en av: " : "Follow-up must be one of: ") + string.Join(", ", colours));
        s.Colours(FollowUpColumn, colours);
        return s;
    }

    private static XlsxSheetBuilder FollowUpSheet(PlanFollowUp f, PlanLabels l, CancellationToken ct)
    {
        var s = new XlsxSheetBuilder(l.FollowUpSheet) { FreezeHeader = true, AutoFilter = true };
        s.Header(l.Number, l.Measure, l.Indicator, l.Baseline, l.Now, l.RateRatio, l.Lower, l.Upper, l.P, l.Change, l.SuggestedStatus, l.Explanation);
        foreach (var r in f.Rows.OrderBy(r => r.Row.Position))
        {
            ct.ThrowIfCancellationRequested();
            var style = ShareStyle(r.Row.Indicator.Code);
            var colour = r.SuggestedStatus switch
            {
                "green" => XlsxStyle.Green,
                "yellow" => XlsxStyle.Yellow,
                "red" => XlsxStyle.Red,
                _ => XlsxStyle.Text,
            };
            s.Row(
                XlsxValue.Integer(r.Row.Position),
                XlsxValue.Text(r.Row.Measure),
                XlsxValue.Text(r.Row.Indicator.Description),
                XlsxValue.Number(r.Baseline, style),
                XlsxValue.Number(r.Now, style),
                XlsxValue.Number(r.RateRatio),
                XlsxValue.Number(r.Lower),
                XlsxValue.Number(r.Upper),
                XlsxValue.Number(r.P, XlsxStyle.PValue),
                XlsxValue.Text(l.ChangeClassLabel(r.ChangeClass)),
                XlsxValue.Text(l.ColourLabel(r.SuggestedStatus), colour),
                XlsxValue.Text(r.Explanation));
        }
        return s;
    }

    private static XlsxSheetBuilder MetadataSheet(Plan plan, PlanFollowUp? f, PlanLabels l, string geoVersion)
    {
        var s = new XlsxSheetBuilder(l.MetadataSheet) { FreezeHeader = true };
        s.Header(l.Field, l.Value);
        void Add(string key, XlsxValue value) => s.Row(XlsxValue.Text(key, XlsxStyle.Key), value);
        Add(l.PlanId, XlsxValue.Integer(plan.Id));
        Add(l.Title, XlsxValue.Text(plan.Title));
        Add(l.StudyArea, XlsxValue.Text(plan.StudyAreaCode));
        Add(l.Run, XlsxValue.Integer(plan.RunId));
        Add(l.TopN, XlsxValue.Integer(plan.TopN));
        Add(l.CreatedBy, XlsxValue.Text(plan.CreatedBy));
        Add(l.DraftedUtc, XlsxValue.Time(plan.CreatedAt));
        Add(l.ReviewDate, XlsxValue.Date(plan.ReviewDate));
        Add(l.BasedOn, XlsxValue.Integer(plan.BasedOnPlanId));
        Add(l.Language, XlsxValue.Text($"{l.Lang} ({l.LanguageName})"));
        Add(l.GeoVersion, XlsxValue.Text(geoVersion));
        Add(l.Note, XlsxValue.Text(l.HypothesisNote));
        Add(l.StatusCodes, XlsxValue.Text(string.Join(", ", l.Statuses.Select(x => $"{x.Code} = {x.Label}"))));
        Add(l.FollowUpCodes, XlsxValue.Text(string.Join(", ", l.Colours.Select(x => $"{x.Code} = {x.Label}"))));
        if (f is not null)
        {
            Add(l.FollowUpRun, XlsxValue.Integer(f.RunId));
            Add(l.FollowUpFrom, XlsxValue.Date(f.PeriodFrom));
            Add(l.FollowUpTo, XlsxValue.Date(f.PeriodTo));
        }
        return s;
    }

    private static XlsxStyle ShareStyle(string indicatorCode) =>
        PlanLabels.IsShare(indicatorCode) ? XlsxStyle.PercentOneDecimal : XlsxStyle.Decimal;
}
