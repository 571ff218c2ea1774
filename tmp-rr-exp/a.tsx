import { BrowserRouter, Routes, Route, Link, NavLink, useParams, useNavigate, useLocation, useSearchParams, Navigate, Outlet } from 'react-router';
export const x = [BrowserRouter, Routes, Route, Link, NavLink, useParams, useNavigate, useLocation, useSearchParams, Navigate, Outlet];
