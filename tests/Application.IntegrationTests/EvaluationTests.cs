using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Evaluations;
using InvestPromo.Application.Evaluations.Commands.ApproveEvaluation;
using InvestPromo.Application.Evaluations.Commands.CopyEvaluationTemplate;
using InvestPromo.Application.Evaluations.Commands.EnterManualScores;
using InvestPromo.Application.Evaluations.Commands.OpenEvaluation;
using InvestPromo.Application.Evaluations.Commands.SaveEvaluationScheme;
using InvestPromo.Application.Evaluations.Queries.GetAssociationEvaluations;
using InvestPromo.Application.Evaluations.Queries.GetEvaluation;
using InvestPromo.Application.Evaluations.Queries.GetEvaluationRevision;
using InvestPromo.Application.Evaluations.Queries.GetPublicEvaluation;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.Publicity.Commands.RecordPublicityItem;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Evaluations;
using InvestPromo.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>The yearly association evaluation (issue 15 items 2 and 3) through ISender on the real database (demo data seeded).</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class EvaluationTests(AppFixture fixture) : AppTest(fixture)
{
    private const int Year = 2026;

    private Caller Association => Fixture.User("association");

    private Guid DemoAssociationId => Association.AssociationId!.Value;

    private EvaluationOptions Options => Fixture.Services.GetRequiredService<EvaluationOptions>();

    private void AfterPeriod() => At(ChinaTime(2026, 12, 1, 0, 30));

    private Task<EvaluationSummaryDto> OpenAsync(Caller? caller = null) => SendAsync(caller ?? Caller.System, new OpenEvaluationCommand(Year));

    private Task<EvaluationDetailDto> DetailAsync() => SendAsync(Reviewer, new GetEvaluationQuery(Year));

    /// <summary>A one-group, all-manual scheme: the total is the reviewers' score, so ranks are the test's to set.</summary>
    private Task<EvaluationSchemeDto> ManualSchemeAsync() => SendAsync(Admin, new SaveEvaluationSchemeCommand(Year, "人工评分细则", 10m,
        [new EvaluationGroup("work", "工作", 10m, [new EvaluationIndicator("work", "工作成效", 10m, IndicatorKind.Manual)])], null));

    private async Task AddAssociationsAsync(params string[] names)
    {
        foreach (var name in names)
        {
            await SendAsync(Admin, new CreateAssociationCommand(name, Domain.Associations.AssociationKind.HometownChamberElsewhere, Domain.Associations.AssociationStatus.Established));
        }

        await SendAsync(Admin, new CreateAssociationCommand("筹备中商会", Domain.Associations.AssociationKind.HometownChamberElsewhere, Domain.Associations.AssociationStatus.Preparatory));
    }

    private async Task ScoreAllAsync(Func<int, decimal> score, string? reason = null)
    {
        var detail = await DetailAsync();
        var manual = detail.Scheme.Indicators.Where(i => i.Kind == IndicatorKind.Manual).ToList();
        var index = 0;
        foreach (var row in detail.Rows.OrderBy(r => r.AssociationName, StringComparer.Ordinal))
        {
            var value = score(index++);
            await SendAsync(Reviewer, new EnterManualScoresCommand(Year, row.AssociationId,
                [.. manual.Select(i => new ManualScoreInput(i.Code, Math.Min(value, i.MaxScore), "【测试】", null, row.ManualScores.FirstOrDefault(s => s.IndicatorCode == i.Code)?.Version))], reason));
        }
    }

    [Fact]
    public async Task Opening_snapshots_every_active_association_tells_the_reviewers_and_a_second_run_changes_nothing()
    {
        await SendAsync(Reviewer, new RecordPublicityItemCommand("常德日报", D("2026-03-01"), "北京常德商会助力招商", "https://example.cn/a", DemoAssociationId));
        await SendAsync(Reviewer, new RecordPublicityItemCommand("常德日报", D("2025-12-01"), "首日", "https://example.cn/b", DemoAssociationId));
        await SendAsync(Reviewer, new RecordPublicityItemCommand("常德日报", D("2025-11-30"), "上一评价期", "https://example.cn/c", DemoAssociationId));
        var before = await Fixture.DbAsync(db => db.PublicityItems.CountAsync(p => p.AssociationId == DemoAssociationId && p.PublishedOn >= D("2025-12-01") && p.PublishedOn <= D("2026-11-30")));
        AfterPeriod();

        var opened = await OpenAsync();

        Assert.Equal((Year, D("2025-12-01"), D("2026-11-30"), EvaluationStatus.Scoring, 0), (opened.Year, opened.PeriodStart, opened.PeriodEnd, opened.Status, opened.Revision));
        Assert.True(opened.ScoringDeadline > D("2026-12-14"), "10 working days after 1 December 2026 (a Tuesday) is 15 December.");
        Assert.Equal(D("2026-12-15"), opened.ScoringDeadline);
        var active = await Fixture.DbAsync(db => db.Associations.CountAsync(a => a.Status == Domain.Associations.AssociationStatus.Established));
        Assert.Equal(active, opened.AssociationCount);
        var detail = await DetailAsync();
        var own = detail.Rows.Single(r => r.AssociationId == DemoAssociationId);
        Assert.Equal(before, own.Values[EvaluationMetric.PublicityItems]);
        Assert.True(before >= 2);
        var reviewers = await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.EvaluationScoringOpened));
        Assert.True(reviewers >= 1);

        // Later edits do not move a frozen number; running again answers the same evaluation and writes nothing.
        await SendAsync(Reviewer, new RecordPublicityItemCommand("湖南日报", D("2026-06-01"), "补录", "https://example.cn/d", DemoAssociationId));
        var again = await OpenAsync(Admin);
        Assert.Equal(opened.Id, again.Id);
        Assert.Equal(before, (await DetailAsync()).Rows.Single(r => r.AssociationId == DemoAssociationId).Values[EvaluationMetric.PublicityItems]);
        Assert.Equal(1, await Fixture.DbAsync(db => db.AssociationEvaluations.CountAsync(e => e.Year == Year)));
        Assert.Equal(reviewers, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.EvaluationScoringOpened)));
    }

    [Fact]
    public async Task A_period_not_ended_cannot_be_opened()
    {
        At(ChinaTime(2026, 11, 30, 23, 59));
        Assert.Equal("evaluation.period-not-ended", (await Assert.ThrowsAsync<DomainRuleException>(() => OpenAsync())).Code);
        Assert.Equal(0, await Fixture.DbAsync(db => db.AssociationEvaluations.CountAsync(e => e.Year == Year)));
    }

    [Fact]
    public async Task Two_runs_at_once_open_one_evaluation()
    {
        await AddAssociationsAsync("广州常德商会", "上海常德商会");
        AfterPeriod();
        var runs = await Task.WhenAll(OpenAsync(), OpenAsync());

        Assert.Equal(runs[0].Id, runs[1].Id);
        Assert.Equal(1, await Fixture.DbAsync(db => db.AssociationEvaluations.CountAsync(e => e.Year == Year)));
        var entries = await Fixture.DbAsync(db => db.EvaluationEntries.CountAsync(e => e.EvaluationId == runs[0].Id));
        Assert.Equal(runs[0].AssociationCount, entries);
        Assert.Equal(1, await Fixture.DbAsync(db => db.EvaluationSchemes.CountAsync(s => s.Year == Year)));
    }

    [Fact]
    public async Task Approving_with_a_manual_score_missing_is_409_and_changes_nothing()
    {
        await AddAssociationsAsync("广州常德商会");
        AfterPeriod();
        await OpenAsync();
        await ScoreAllAsync(_ => 5m);
        var detail = await DetailAsync();
        var first = detail.Rows[0];
        // One association's manual scores are removed again (hard delete of the test's own rows).
        await Fixture.DbAsync(db => db.EvaluationManualScores.Where(s => s.AssociationId == first.AssociationId).ExecuteDeleteAsync());
        detail = await DetailAsync();
        Assert.True(detail.MissingManualScores > 0);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Leader, new ApproveEvaluationCommand(Year, detail.Evaluation.Version)));

        Assert.Equal("evaluation.manual-scores-missing", refused.Code);
        var after = await DetailAsync();
        Assert.Equal((EvaluationStatus.Scoring, 0, detail.Evaluation.Version), (after.Evaluation.Status, after.Evaluation.Revision, after.Evaluation.Version));
        Assert.Empty(after.Revisions);
        Assert.Equal(0, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.EvaluationPublished)));
    }

    [Fact]
    public async Task A_score_outside_the_indicator_range_is_400_on_its_field_and_a_stale_edit_409()
    {
        AfterPeriod();
        await OpenAsync();
        var products = (await DetailAsync()).Scheme.Indicators.Single(i => i.Code == "products");

        var tooHigh = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId,
            [new ManualScoreInput("products", products.MaxScore + 0.5m, null, null, null)], null)));
        Assert.Contains("scores[0].score", tooHigh.Errors.Keys);
        var dataIndicator = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId,
            [new ManualScoreInput("funds-in-place", 1m, null, null, null)], null)));
        Assert.Contains("scores[0].indicatorCode", dataIndicator.Errors.Keys);
        Assert.Equal(0, await Fixture.DbAsync(db => db.EvaluationManualScores.CountAsync()));

        await SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId, [new ManualScoreInput("products", 12m, "德品出乡成效好", "https://example.cn/e", null)], null));
        var saved = (await DetailAsync()).Rows.Single(r => r.AssociationId == DemoAssociationId).ManualScores.Single();
        Assert.Equal((12m, "德品出乡成效好", "https://example.cn/e", "reviewer"), (saved.Score, saved.Note, saved.Evidence, saved.ScoredByName));
        await SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId, [new ManualScoreInput("products", 13m, null, null, saved.Version)], null));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId,
            [new ManualScoreInput("products", 14m, null, null, saved.Version)], null)));
    }

    [Fact]
    public async Task Approval_publishes_the_top_n_with_everyone_tied_at_the_last_place_and_tells_each_association_its_score_and_rank()
    {
        await ManualSchemeAsync();
        await AddAssociationsAsync("广州常德商会", "上海常德商会", "深圳常德商会", "武汉常德商会", "长沙常德商会");
        AfterPeriod();
        await OpenAsync();
        // Scores by name order: 10, 8, 8, 5, 1, 1, …: ranks 1, 2, 2, 4, 5, 5 …; the top 2 publishes three (two tied at second).
        decimal[] scores = [10m, 8m, 8m, 5m];
        await ScoreAllAsync(i => i < scores.Length ? scores[i] : 1m);
        var topN = Options.PublishTopN;
        Options.PublishTopN = 2;
        try
        {
            var detail = await DetailAsync();
            Assert.Equal(0, detail.MissingManualScores);
            var approved = await SendAsync(Leader, new ApproveEvaluationCommand(Year, detail.Evaluation.Version));

            Assert.Equal((EvaluationStatus.Published, 1), (approved.Evaluation.Status, approved.Evaluation.Revision));
            Assert.True(approved.Rows.Count(r => r.WouldPublish) == 3, string.Join(",", approved.Rows.Select(r => $"{r.AssociationName}:{r.Total}:{r.Rank}:{r.WouldPublish}")));
            Assert.Equal([1, 2, 2], approved.Rows.Where(r => r.WouldPublish).Select(r => r.Rank));
            var board = await SendAsync(Caller.System, new GetPublicEvaluationQuery(Year));
            Assert.Equal([(1, 10m), (2, 8m), (2, 8m)], board.Rows.Select(r => (r.Rank, r.Total)));
            Assert.Equal((1, 1, (DateTimeOffset?)null), (board.Revision, board.LatestRevision, board.RevisedAt));
            var ranks = approved.Rows.Select(r => r.Rank).ToList();
            Assert.Equal(4, ranks[3]);

            var own = approved.Rows.Single(r => r.AssociationId == DemoAssociationId);
            var notice = await Fixture.DbAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKind.EvaluationPublished && n.RecipientId == Association.UserId));
            Assert.Equal((Year, own.Rank, own.Total), (notice.Parameters.Year, notice.Parameters.Rank, notice.Parameters.Score));
            var portal = Assert.Single(await SendAsync(Association, new GetAssociationEvaluationsQuery()), r => r.Year == Year);
            Assert.Equal((own.Total, own.Rank, own.WouldPublish), (portal.Total, portal.Rank, portal.Published));
            Assert.Equal("evaluation.already-approved", (await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Admin, new ApproveEvaluationCommand(Year, approved.Evaluation.Version)))).Code);
        }
        finally
        {
            Options.PublishTopN = topN;
        }
    }

    [Fact]
    public async Task A_correction_after_publication_needs_a_reason_and_its_approval_is_a_new_revision_the_old_one_readable()
    {
        AfterPeriod();
        await OpenAsync();
        await ScoreAllAsync(_ => 5m);
        var approved = await SendAsync(Admin, new ApproveEvaluationCommand(Year, (await DetailAsync()).Evaluation.Version));
        var own = approved.Rows.Single(r => r.AssociationId == DemoAssociationId);
        var welfare = own.ManualScores.Single(s => s.IndicatorCode == "welfare");

        var noReason = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId,
            [new ManualScoreInput("welfare", 10m, null, null, welfare.Version)], null)));
        Assert.Equal("evaluation.reason-required", noReason.Code);

        At(ChinaTime(2026, 12, 20, 10));
        var corrected = await SendAsync(Reviewer, new EnterManualScoresCommand(Year, DemoAssociationId,
            [new ManualScoreInput("welfare", 10m, "补充公益捐赠证明", "捐赠凭证编号 A-1", welfare.Version)], "补充公益捐赠证明"));
        Assert.Equal(EvaluationStatus.Correcting, corrected.Evaluation.Status);
        Assert.Equal(1, (await SendAsync(Caller.System, new GetPublicEvaluationQuery(Year))).Revision);

        var second = await SendAsync(Leader, new ApproveEvaluationCommand(Year, corrected.Evaluation.Version));

        Assert.Equal((EvaluationStatus.Published, 2), (second.Evaluation.Status, second.Evaluation.Revision));
        Assert.Equal(own.Total + 5m, second.Rows.Single(r => r.AssociationId == DemoAssociationId).Total);
        Assert.Equal("补充公益捐赠证明", second.Revisions[0].Reason);
        var board = await SendAsync(Caller.System, new GetPublicEvaluationQuery(Year));
        Assert.Equal((2, ChinaTime(2026, 12, 20, 10)), (board.Revision, board.RevisedAt!.Value));
        var old = await SendAsync(Caller.System, new GetPublicEvaluationQuery(Year, 1));
        Assert.Equal((1, 2, (DateTimeOffset?)null), (old.Revision, old.LatestRevision, old.RevisedAt));
        Assert.Equal(own.Total, (await SendAsync(Reviewer, new GetEvaluationRevisionQuery(Year, 1))).Rows.Single(r => r.AssociationId == DemoAssociationId).Total);
        Assert.Equal(2, await Fixture.DbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.EvaluationPublished && n.RecipientId == Association.UserId)));
    }

    [Fact]
    public async Task A_scheme_whose_weights_do_not_sum_is_400_and_an_open_year_locks_its_scheme()
    {
        var bad = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Admin, new SaveEvaluationSchemeCommand(Year, "细则", 100m,
            [new EvaluationGroup("a", "甲", 60m, [new EvaluationIndicator("x", "指标", 50m, IndicatorKind.Manual)])], null)));
        Assert.Contains("groups", bad.Errors.Keys);
        Assert.Contains("groups[0].indicators", bad.Errors.Keys);
        Assert.Equal(0, await Fixture.DbAsync(db => db.EvaluationSchemes.CountAsync(s => s.Year == Year)));

        var copied = await SendAsync(Admin, new CopyEvaluationTemplateCommand(Year, EvaluationTemplates.Hunan, null));
        Assert.Equal(["宣传", "服务", "落实招商引资、引智引技"], copied.Groups.Select(g => g.Name));
        var edited = await SendAsync(Admin, new SaveEvaluationSchemeCommand(Year, copied.Name, copied.TotalScore, copied.Groups, copied.Version));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => SendAsync(Admin, new SaveEvaluationSchemeCommand(Year, copied.Name, copied.TotalScore, copied.Groups, copied.Version)));

        AfterPeriod();
        var opened = await OpenAsync();
        Assert.Equal(EvaluationTemplates.HunanScheme.Name, (await DetailAsync()).Scheme.Name);
        Assert.Equal("evaluation-scheme.in-use", (await Assert.ThrowsAsync<DomainRuleException>(() =>
            SendAsync(Admin, new CopyEvaluationTemplateCommand(Year, EvaluationTemplates.Changde, edited.Version)))).Code);
        Assert.NotEqual(Guid.Empty, opened.Id);
    }
}
