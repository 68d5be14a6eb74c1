using System.Globalization;
using InvestPromo.Application.Associations.Commands.CreateAssociation;
using InvestPromo.Application.Common.Exceptions;
using InvestPromo.Application.Common.Interfaces;
using InvestPromo.Application.Filings.Excel;
using InvestPromo.Application.IntegrationTests.Infrastructure;
using InvestPromo.Application.People;
using InvestPromo.Application.People.Ambassadors.Commands.CreateAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.DeleteAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.ReappointAmbassador;
using InvestPromo.Application.People.Ambassadors.Commands.UpdateAmbassador;
using InvestPromo.Application.People.Ambassadors.Queries.ListAmbassadors;
using InvestPromo.Application.People.Natives;
using InvestPromo.Application.People.Natives.Commands.CreateNative;
using InvestPromo.Application.People.Natives.Commands.ImportNatives;
using InvestPromo.Application.People.Natives.Queries.ListNatives;
using InvestPromo.Application.People.Queries.ListRecommenderOptions;
using InvestPromo.Application.Targeting.Queries.GetTargeting;
using InvestPromo.Domain.Associations;
using InvestPromo.Domain.Common;
using InvestPromo.Domain.Credits;
using InvestPromo.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InvestPromo.Application.IntegrationTests;

/// <summary>Issue 14 item 3 through ISender: ambassadors' certificates and reappointment, the natives' directory and its import, targeting.</summary>
[Collection(AppCollectionDefinition.Name)]
public sealed class PeopleRegistryTests(AppFixture fixture) : AppTest(fixture)
{
    public override Task InitializeAsync()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        return base.InitializeAsync();
    }

    private Task<Application.People.Ambassadors.AmbassadorDto> AppointAsync(int year, string name, string number, string? city = "440300") =>
        SendAsync(Reviewer, new CreateAmbassadorCommand(year, name, number, "13800000001", "a@example.com", "深圳远航", "董事长", city, Equip));

    [Fact]
    public async Task A_certificate_number_is_unique_within_its_year_among_live_appointments()
    {
        var first = await AppointAsync(2026, "陈志远", "CD-ZSDS-2026-001");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => AppointAsync(2026, "刘晓梅", "CD-ZSDS-2026-001"));
        Assert.Equal("ambassador.certificate-exists", error.Code);

        await AppointAsync(2027, "刘晓梅", "CD-ZSDS-2026-001"); // another year: free
        var second = await AppointAsync(2026, "王建国", "CD-ZSDS-2026-002");
        var renumbered = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new UpdateAmbassadorCommand(
            second.Id, second.Name, "CD-ZSDS-2026-001", second.Version)));
        Assert.Equal("ambassador.certificate-exists", renumbered.Code);

        await SendAsync(Admin, new DeleteAmbassadorCommand(first.Id, first.Version));
        var again = await AppointAsync(2026, "刘晓梅", "CD-ZSDS-2026-001"); // a deleted appointment frees its number
        Assert.Equal(2026, again.Year);
    }

    [Fact]
    public async Task Reappointing_adds_the_next_years_appointment_and_keeps_this_one()
    {
        var ambassador = await AppointAsync(2026, "陈志远", "CD-ZSDS-2026-001");
        await AppointAsync(2027, "刘晓梅", "CD-ZSDS-2027-001");

        var taken = await Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(Reviewer, new ReappointAmbassadorCommand(ambassador.Id, "CD-ZSDS-2027-001")));
        Assert.Equal("ambassador.certificate-exists", taken.Code);

        var next = await SendAsync(Reviewer, new ReappointAmbassadorCommand(ambassador.Id, "CD-ZSDS-2027-002"));

        Assert.Equal((2027, "陈志远", "深圳远航", Equip), (next.Year, next.Name, next.Organisation, next.IndustryChainId));
        var all = await SendAsync(Leader, new ListAmbassadorsQuery(Search: "陈志远"));
        Assert.Equal([2027, 2026], all.Items.Select(a => a.Year));
    }

    [Fact]
    public async Task The_ambassador_list_filters_by_year_chain_and_area_and_shows_contacts_to_center_staff_only()
    {
        await AppointAsync(2026, "陈志远", "CD-ZSDS-2026-001", "440300");
        await AppointAsync(2026, "李海燕", "CD-ZSDS-2026-002", "440100");
        await AppointAsync(2025, "王建国", "CD-ZSDS-2025-001", "310000");

        Assert.Equal(["CD-ZSDS-2026-001", "CD-ZSDS-2026-002"], (await SendAsync(Leader, new ListAmbassadorsQuery(CityRegionCode: "440000"))).Items.Select(a => a.CertificateNumber));
        Assert.Equal(["王建国"], (await SendAsync(Leader, new ListAmbassadorsQuery(Year: 2025))).Items.Select(a => a.Name));
        Assert.Equal(3, (await SendAsync(Leader, new ListAmbassadorsQuery(IndustryChainId: Equip))).TotalCount);
        Assert.Equal("13800000001", (await SendAsync(Leader, new ListAmbassadorsQuery(Year: 2025))).Items[0].Phone);
        var filer = (await SendAsync(Filer, new ListAmbassadorsQuery(Year: 2025))).Items[0];
        Assert.Equal((null, null), (filer.Phone, filer.Email));
    }

    [Fact]
    public async Task The_natives_directory_searches_by_tag_listing_and_area_and_hides_contacts_from_everyone_but_center_staff()
    {
        await SendAsync(Reviewer, new CreateNativeCommand("曾国梁", "桃源县", "深圳比克", "董事长", Equip, "440300", null, true, ["上市公司", "储能"], "13900000001", "z@example.com"));
        await SendAsync(Reviewer, new CreateNativeCommand("罗建华", "武陵区", "北京京湘", "董事长", null, "110000", null, false, ["返乡意向"], "13900000002"));

        Assert.Equal(["曾国梁"], (await SendAsync(Admin, new ListNativesQuery(Tag: "储能"))).Items.Select(n => n.Name));
        Assert.Empty((await SendAsync(Admin, new ListNativesQuery(Tag: "储"))).Items);
        Assert.Equal(["曾国梁"], (await SendAsync(Admin, new ListNativesQuery(IsListed: true))).Items.Select(n => n.Name));
        Assert.Equal(["曾国梁"], (await SendAsync(Admin, new ListNativesQuery(CityRegionCode: "440000"))).Items.Select(n => n.Name));
        Assert.Equal(["罗建华"], (await SendAsync(Admin, new ListNativesQuery(Search: "京湘"))).Items.Select(n => n.Name));
        var staff = (await SendAsync(Leader, new ListNativesQuery(Tag: "储能"))).Items[0];
        Assert.Equal(("13900000001", "z@example.com"), (staff.Phone, staff.Email));
        Assert.Equal(["上市公司", "储能"], staff.Tags);
        var filer = (await SendAsync(Filer, new ListNativesQuery(Tag: "储能"))).Items[0];
        Assert.Equal((null, null), (filer.Phone, filer.Email));
    }

    private async Task<byte[]> SheetAsync(IReadOnlyList<string> headers, params IReadOnlyList<object?>[] rows)
    {
        var sheet = new SpreadsheetSheet("在外知名人士", headers, FilingSheets.AsRows(rows));
        await using var content = await Fixture.Services.GetRequiredService<ISpreadsheets>().WriteAsync([sheet], CancellationToken.None);
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static List<string> Sorted(IEnumerable<string> names) => [.. names.Order(StringComparer.Ordinal)];

    private static IReadOnlyList<string> Headers => [.. NativeSheets.Columns.Select(c => c.Header.Zh)];

    [Fact]
    public async Task An_import_saves_the_valid_rows_together_and_reports_each_invalid_one_with_its_code()
    {
        var content = await SheetAsync(
            Headers,
            ["曾国梁", "桃源县", "=HYPERLINK(\"x\")", "董事长", "高端装备制造", "440300", null, "是", "上市公司、储能", "13900000001", "z@example.com"],
            ["彭小兰", "石门县", "深圳华芯", "总经理", "EQUIP", "440300", null, "否", null, null, null],
            [null, "澧县", "某公司", null, null, null, null, null, null, null, null],
            ["胡永平", "澧县", "北京中湘", null, "不存在的链", "110000", "不存在的商会", "也许", null, null, null],
            ["谭美玲", "鼎城区", "北京智造", null, null, "北京", null, null, null, null, "not-an-email"]);

        var result = await SendAsync(Reviewer, new ImportNativesCommand("natives.xlsx", content));

        Assert.Equal((5, 2, 3), (result.TotalRows, result.ImportedCount, result.FailedCount));
        Assert.Equal([4, 5, 6], result.Errors.Select(e => e.Row));
        Assert.Equal(["native-import.required"], result.Errors[0].Errors.Select(e => e.Code));
        Assert.Equal(
            ["native-import.chain-not-found", "native-import.association-not-found", "native-import.listed-invalid"],
            result.Errors[1].Errors.Select(e => e.Code));
        Assert.Equal(["cityRegionCode", "email"], result.Errors[2].Errors.Select(e => e.Field));
        var imported = (await SendAsync(Admin, new ListNativesQuery(CityRegionCode: "440300"))).Items;
        Assert.Equal(Sorted(["彭小兰", "曾国梁"]), Sorted(imported.Select(n => n.Name)));
        var zeng = imported.Single(n => n.Name == "曾国梁");
        Assert.Equal("=HYPERLINK(\"x\")", zeng.Company); // the cell's text, never a formula
        Assert.True(zeng.IsListed);
        Assert.Equal(Equip, zeng.IndustryChainId);
    }

    [Fact]
    public async Task An_import_with_another_header_row_imports_nothing_and_answers_on_the_file()
    {
        var content = await SheetAsync(["名称", "地址"], ["曾国梁", "深圳"]);

        var error = await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Reviewer, new ImportNativesCommand("x.xlsx", content)));

        Assert.Contains("file", error.Errors.Keys);
        Assert.Equal(0, (await SendAsync(Admin, new ListNativesQuery())).TotalCount);
    }

    [Fact]
    public async Task Targeting_a_province_finds_what_is_in_its_cities_and_a_city_only_its_own()
    {
        var shenzhen = await SendAsync(Admin, new CreateAssociationCommand("深圳常德商会", AssociationKind.HometownChamberElsewhere));
        var beijing = await SendAsync(Admin, new CreateAssociationCommand("北京常德商会", AssociationKind.HometownChamberElsewhere));
        var bio = Fixture.ChainId("BIO");
        await Fixture.DbAsync(async db =>
        {
            var sz = await db.Associations.SingleAsync(a => a.Id == shenzhen.Id);
            db.Entry(sz).Property(a => a.HomeRegionCode).CurrentValue = "440300";
            var bj = await db.Associations.SingleAsync(a => a.Id == beijing.Id);
            db.Entry(bj).Property(a => a.HomeRegionCode).CurrentValue = "110000";
            db.AssociationOffices.Add(AssociationOffice.Open(beijing.Id, "北京常德商会广州联络处", "440100", "张联络", "13700000000", null, Fixture.Clock.GetUtcNow()));
            db.AssociationMembers.Add(AssociationMember.Add(shenzhen.Id, "深圳装备公司", null, Equip, "会长单位", null, Fixture.Clock.GetUtcNow()));
            db.AssociationMembers.Add(AssociationMember.Add(shenzhen.Id, "深圳医药公司", null, bio, "会员单位", null, Fixture.Clock.GetUtcNow()));
            db.AssociationMembers.Add(AssociationMember.Add(beijing.Id, "北京装备公司", null, Equip, "理事单位", null, Fixture.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        await SendAsync(Reviewer, new CreateNativeCommand("曾国梁", IndustryChainId: Equip, CityRegionCode: "440300", Phone: "13900000001"));
        await SendAsync(Reviewer, new CreateNativeCommand("马立新", IndustryChainId: Equip, CityRegionCode: "440100"));
        await SendAsync(Reviewer, new CreateNativeCommand("彭小兰", IndustryChainId: bio, CityRegionCode: "440300"));
        await SendAsync(Reviewer, new CreateNativeCommand("罗建华", IndustryChainId: Equip, CityRegionCode: "110000"));

        var province = await SendAsync(Leader, new GetTargetingQuery("440000", Equip));

        Assert.Equal("广东省", province.RegionName);
        Assert.Equal(["深圳常德商会"], province.Associations.Select(a => a.Name));
        Assert.Equal(["北京常德商会广州联络处"], province.Offices.Select(o => o.Name));
        Assert.Equal(Sorted(["北京装备公司", "深圳装备公司"]), Sorted(province.Members.Select(m => m.CompanyName))); // of the association with an office there too
        Assert.Equal(Sorted(["马立新", "曾国梁"]), Sorted(province.Natives.Select(n => n.Name)));

        var city = await SendAsync(Leader, new GetTargetingQuery("440100"));
        Assert.Empty(city.Associations);
        Assert.Equal(["北京常德商会广州联络处"], city.Offices.Select(o => o.Name));
        Assert.Equal(["北京装备公司"], city.Members.Select(m => m.CompanyName));
        Assert.Equal(["马立新"], city.Natives.Select(n => n.Name));

        var filer = await SendAsync(Filer, new GetTargetingQuery("440000", Equip));
        Assert.Null(filer.Natives.Single(n => n.Name == "曾国梁").Phone);
        Assert.Null(filer.Offices.Single().ContactPhone);
    }

    [Fact]
    public async Task A_filer_picks_a_recommender_among_this_years_ambassadors_or_the_natives_by_name_without_contacts()
    {
        await AppointAsync(2025, "王建国", "CD-ZSDS-2025-001");
        var chen = await AppointAsync(2026, "陈志远", "CD-ZSDS-2026-001");
        await AppointAsync(2026, "刘晓梅", "CD-ZSDS-2026-002");
        var zeng = await SendAsync(Reviewer, new CreateNativeCommand("曾国梁", Company: "深圳比克", Phone: "13900000001"));

        var ambassadors = await SendAsync(Filer, new ListRecommenderOptionsQuery(RecommenderKind.Ambassador));
        Assert.Equal(["陈志远", "刘晓梅"], ambassadors.Select(a => a.Name));
        Assert.Equal(new RecommenderOptionDto(chen.Id, "陈志远", 2026, "CD-ZSDS-2026-001", "深圳远航"), ambassadors[0]);
        Assert.Equal(["刘晓梅"], (await SendAsync(Reviewer, new ListRecommenderOptionsQuery(RecommenderKind.Ambassador, "002"))).Select(a => a.Name));
        Assert.Equal([new RecommenderOptionDto(zeng.Id, "曾国梁", null, null, "深圳比克")], await SendAsync(Filer, new ListRecommenderOptionsQuery(RecommenderKind.Native, "比克")));
        await Assert.ThrowsAsync<RequestValidationException>(() => SendAsync(Filer, new ListRecommenderOptionsQuery(RecommenderKind.Person)));
    }
}
